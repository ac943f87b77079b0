using InclusionStandards.Rules.Builder;

namespace InclusionStandards.Rules.Tests.Engine;

/// <summary>
/// <see cref="SessionOptions.KeepEqualLogicalFacts"/>: a logical fact re-derived equal while it is being withdrawn is
/// kept, so rules that read it do not re-fire — but only when no rule that can see it fires in between.
/// </summary>
public class EqualRederivationTests
{
    /// <summary>
    /// "alert" (salience 10) derives an Alert from an Account, whose text ignores the balance unless it is negative;
    /// "audit" (salience <paramref name="consumerSalience"/>) derives a Person from each Alert.
    /// </summary>
    private static void Rules(RuleSetBuilder set, int consumerSalience = 0)
    {
        set.Rule("alert").Salience(10)
            .When(w => w.Match<Account>("a"))
            .Then(ctx => ctx.InsertLogical(new Alert(ctx.Get<Account>("a").Balance < 0 ? "overdrawn" : $"account of {ctx.Get<Account>("a").Owner}")));
        set.Rule("audit").Salience(consumerSalience)
            .When(w => w.Match<Alert>("x"))
            .Then(ctx => ctx.InsertLogical(new Person(ctx.Get<Alert>("x").Text, 0)));
    }

    /// <summary>A fired session over ann's account (balance 10), with the alert it derived.</summary>
    private static (ISession Session, Account Account, Alert Alert) Started(int consumerSalience = 0, SessionOptions? options = null)
    {
        var session = Fixture.Session(set => Rules(set, consumerSalience), options);
        var account = new Account("ann", 10);
        session.Insert(account);
        session.Fire();
        return (session, account, Assert.Single(session.Query<Alert>()));
    }

    [Fact]
    public void Update_RederivedFactIsEqual_KeepsItAndDoesNotRefireItsReaders()
    {
        var session = Fixture.Session(set => Rules(set));
        var account = new Account("ann", 10);
        session.Insert(account);
        Assert.Equal(2, session.Fire());
        var alert = Assert.Single(session.Query<Alert>());

        account.Balance = 20;
        session.Update(account);

        Assert.Equal(1, session.Fire()); // "alert" re-fires; "audit" does not
        Assert.Same(alert, Assert.Single(session.Query<Alert>()));
        Assert.Equal("account of ann", Assert.Single(session.Query<Person>()).Name);
        Assert.Equal(["alert", "audit", "alert"], session.Firings.Select(f => f.Rule.Name));
    }

    [Fact]
    public void Update_RederivedFactDiffers_RetractsOldAndRefiresReaders()
    {
        var (session, account, _) = Started();

        account.Balance = -5;
        session.Update(account);

        Assert.Equal(2, session.Fire());
        Assert.Equal("overdrawn", Assert.Single(session.Query<Alert>()).Text);
        Assert.Equal("overdrawn", Assert.Single(session.Query<Person>()).Name);
    }

    [Fact]
    public void Update_OptionOff_RetractsAndReinsertsEqualFact()
    {
        var (session, account, alert) = Started(options: new SessionOptions { KeepEqualLogicalFacts = false });

        account.Balance = 20;
        session.Update(account);

        Assert.Equal(2, session.Fire());
        Assert.NotSame(alert, Assert.Single(session.Query<Alert>()));
        Assert.Equal(alert, Assert.Single(session.Query<Alert>()));
    }

    [Fact]
    public void Update_ReaderFiresBeforeRederivation_SeesTheRetraction()
    {
        // "audit" now outranks "alert": the withdrawn alert must be retracted before "alert" re-fires, so "audit"'s
        // derived fact goes and comes back (it re-fires), exactly as without the option.
        var (session, account, alert) = Started(consumerSalience: 20);

        account.Balance = 20;
        session.Update(account);

        Assert.Equal(2, session.Fire());
        Assert.NotSame(alert, Assert.Single(session.Query<Alert>()));
        Assert.Equal(["alert", "audit", "alert", "audit"], session.Firings.Select(f => f.Rule.Name));
    }

    [Fact]
    public void Retract_PremiseGoneForGood_WithdrawnFactIsRetractedByTheEndOfFire()
    {
        var (session, account, _) = Started();

        session.Retract(account);

        Assert.Equal(0, session.Fire());
        Assert.Empty(session.Query<Alert>());
        Assert.Empty(session.Query<Person>());
        Assert.Equal(0, session.FactCount);
    }

    [Fact]
    public void Retract_ReaderOfEqualSalienceHasANewMatch_WithdrawnFactGoesFirst()
    {
        // "pair" has the alert's salience: its new match on the withdrawn alert is the agenda's next activation, so
        // the retraction cannot wait for an equal re-derivation and "pair" never fires on the stale alert.
        var session = Fixture.Session(set =>
        {
            set.Rule("alert")
                .When(w => w.Match<Account>("a"))
                .Then(ctx => ctx.InsertLogical(new Alert($"account of {ctx.Get<Account>("a").Owner}")));
            set.Rule("pair")
                .When(w => w.Match<Alert>("x").Match<Person>("p"))
                .Then(ctx => ctx.Emit($"{ctx.Get<Alert>("x").Text} / {ctx.Get<Person>("p").Name}"));
        });
        var account = new Account("ann", 10);
        session.Insert(account);
        session.Fire();

        session.Retract(account);
        session.Insert(new Person("bob", 40));

        Assert.Equal(0, session.Fire());
        Assert.Empty(session.Results);
        Assert.Empty(session.Query<Alert>());
    }
}
