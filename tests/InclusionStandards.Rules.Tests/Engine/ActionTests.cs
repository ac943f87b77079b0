namespace InclusionStandards.Rules.Tests.Engine;

public class ActionTests
{
    [Fact]
    public void Fire_ActionInsertsFact_ChainsToRuleMatchingIt()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("alert").When(w => w.Match<Order>("o", o => o.Amount > 100)).Then(ctx => ctx.Insert(new Alert($"big {ctx.Get<Order>("o").Id}")));
            s.Rule("report").When(w => w.Match<Alert>("a")).Then(ctx => ctx.Emit(ctx.Get<Alert>("a").Text));
        });
        session.Insert(new Order(7, "A", 500));

        Assert.Equal(2, session.Fire());
        Assert.Equal(["big 7"], session.Results);
    }

    [Fact]
    public void Fire_ActionRetractsFact_FactIsGone()
    {
        var session = Fixture.Session(s => s.Rule("drop-small").When(w => w.Match<Order>("o", o => o.Amount < 1)).Then(ctx => ctx.Retract(ctx.Get<Order>("o"))));
        session.InsertAll([new Order(1, "A", 0.5), new Order(2, "A", 5)]);

        session.Fire();

        Assert.Equal([2], session.Query<Order>().Select(o => o.Id));
    }

    [Fact]
    public void Fire_ActionUpdatesMutableFact_RulesSeeNewState()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("interest").When(w => w.Match<Account>("a", a => a.Balance < 100)).Then(ctx =>
            {
                var a = ctx.Get<Account>("a");
                a.Balance += 60;
                ctx.Update(a);
            });
        });
        var account = new Account("A", 10);
        session.Insert(account);

        Assert.Equal(2, session.Fire());
        Assert.Equal(130, account.Balance);
    }

    [Fact]
    public void Retract_PremiseOfLogicalFact_DerivedFactDisappears()
    {
        var order = new Order(1, "A", 500);
        var session = Fixture.Session(s => s.Rule("alert").When(w => w.Match<Order>("o", o => o.Amount > 100))
            .Then(ctx => ctx.InsertLogical(new Alert("big"))));
        session.Insert(order);
        session.Fire();
        Assert.Single(session.Query<Alert>());

        session.Retract(order);

        Assert.Empty(session.Query<Alert>());
    }

    [Fact]
    public void Update_PremiseNoLongerHolds_LogicalFactRetracted()
    {
        var account = new Account("A", 500);
        var session = Fixture.Session(s => s.Rule("rich").When(w => w.Match<Account>("a", a => a.Balance > 100))
            .Then(ctx => ctx.InsertLogical(new Alert("rich"))));
        session.Insert(account);
        session.Fire();

        account.Balance = 5;
        session.Update(account);

        Assert.Empty(session.Query<Alert>());
    }

    [Fact]
    public void Retract_OneOfTwoJustifications_LogicalFactStays()
    {
        var alert = new Alert("shared");
        var first = new Order(1, "A", 500);
        var second = new Order(2, "A", 600);
        var session = Fixture.Session(s => s.Rule("alert").When(w => w.Match<Order>("o", o => o.Amount > 100)).Then(ctx => ctx.InsertLogical(alert)));
        session.InsertAll([first, second]);
        session.Fire();

        session.Retract(first);
        Assert.True(session.Contains(alert));
        session.Retract(second);
        Assert.False(session.Contains(alert));
    }

    [Fact]
    public void Retract_PremiseOfChain_WholeChainOfLogicalFactsDisappears()
    {
        var order = new Order(1, "A", 500);
        var session = Fixture.Session(s =>
        {
            s.Rule("alert").When(w => w.Match<Order>("o", o => o.Amount > 100)).Then(ctx => ctx.InsertLogical(new Alert("big")));
            s.Rule("escalate").When(w => w.Match<Alert>("a")).Then(ctx => ctx.InsertLogical(new Person("manager", 50)));
        });
        session.Insert(order);
        session.Fire();
        Assert.Single(session.Query<Person>());

        session.Retract(order);

        Assert.Empty(session.Query<Alert>());
        Assert.Empty(session.Query<Person>());
    }

    [Fact]
    public void Fire_Emit_AddsResultsInOrder()
    {
        var session = Fixture.Session(s => s.Rule("r").When(w => w.Match<Order>("o")).Then(ctx => ctx.Emit(ctx.Get<Order>("o").Id)));
        session.InsertAll([new Order(1, "A", 1), new Order(2, "A", 1)]);

        session.Fire();

        Assert.Equal([1, 2], session.Results.Cast<int>());
    }
}
