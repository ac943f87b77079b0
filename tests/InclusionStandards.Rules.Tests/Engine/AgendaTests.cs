namespace InclusionStandards.Rules.Tests.Engine;

public class AgendaTests
{
    [Fact]
    public void Fire_HigherSalience_FiresFirst()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("low").Salience(-5).When(w => w.Match<Order>("o")).Then(_ => { });
            s.Rule("high").Salience(10).When(w => w.Match<Order>("o")).Then(_ => { });
            s.Rule("zero").When(w => w.Match<Order>("o")).Then(_ => { });
        });
        session.Insert(new Order(1, "A", 1));

        session.Fire();

        Assert.Equal(["high", "zero", "low"], session.Fired());
    }

    [Fact]
    public void Fire_EqualSalience_EarlierActivationFirstWhateverTheRule()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("first").When(w => w.Match<Order>("o")).Then(ctx => ctx.Emit($"first {ctx.Get<Order>("o").Id}"));
            s.Rule("second").When(w => w.Match<Order>("o")).Then(ctx => ctx.Emit($"second {ctx.Get<Order>("o").Id}"));
            s.Rule("customer").When(w => w.Match<Customer>("c")).Then(ctx => ctx.Emit($"customer {ctx.Get<Customer>("c").Name}"));
        });
        session.Insert(new Customer("Ann", false));
        session.InsertAll([new Order(1, "A", 1), new Order(2, "A", 1)]);

        session.Fire();

        // FIFO across rules of equal salience (as NRules orders them); here one fact's activations come in rule order.
        Assert.Equal(["customer Ann", "first 1", "second 1", "first 2", "second 2"], session.Results);
    }

    [Fact]
    public void Fire_Twice_ActivationFiresOnlyOnce()
    {
        var session = Fixture.Session(s => s.Rule("r").When(w => w.Match<Order>("o")).Then(_ => { }));
        session.Insert(new Order(1, "A", 1));

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_MatchedFact_FiresAgain()
    {
        var order = new Order(1, "A", 1);
        var session = Fixture.Session(s => s.Rule("r").When(w => w.Match<Order>("o")).Then(_ => { }));
        session.Insert(order);
        session.Fire();

        session.Update(order);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_RunawayChaining_ThrowsNamingTheRules()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("ping").When(w => w.Match<Order>("o")).Then(ctx => ctx.Insert(new Alert("x")));
            s.Rule("pong").When(w => w.Match<Alert>("a")).Then(ctx => ctx.Insert(new Order(0, "B", 0)));
        }, new SessionOptions { MaxFirings = 100 });
        session.Insert(new Order(1, "A", 1));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Contains("'ping'", ex.Message);
        Assert.Contains("'pong'", ex.Message);
        Assert.Contains("100", ex.Message);
        Assert.Equal(["ping", "pong"], ex.RuleNames.Order());
    }
}
