namespace InclusionStandards.Rules.Tests.Engine;

public class NegationTests
{
    private static ISession CustomersWithoutOrders() => Fixture.Session(s => s.Rule("no-orders").When(w => w
        .Match<Customer>("c")
        .Not<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(ctx => ctx.Emit(ctx.Get<Customer>("c").Name)));

    [Fact]
    public void Fire_NotWithNoMatchingFact_Fires()
    {
        var session = CustomersWithoutOrders();
        session.InsertAll([new Customer("A", false), new Customer("B", false), new Order(1, "A", 1)]);

        session.Fire();

        Assert.Equal(["B"], session.Results);
    }

    [Fact]
    public void Insert_BlockingFactBeforeFire_RemovesActivation()
    {
        var session = CustomersWithoutOrders();
        session.Insert(new Customer("A", false));

        session.Insert(new Order(1, "A", 1));

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Retract_LastBlockingFact_ActivatesAgain()
    {
        var first = new Order(1, "A", 1);
        var second = new Order(2, "A", 1);
        var session = CustomersWithoutOrders();
        session.InsertAll([new Customer("A", false), first, second]);
        session.Retract(first);
        Assert.Equal(0, session.Fire());

        session.Retract(second);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_NotAsFirstElement_FiresInEmptySession()
    {
        var session = Fixture.Session(s => s.Rule("empty").When(w => w.Not<Order>("o")).Then(_ => { }));

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_ExistsWithManyMatchingFacts_FiresOnce()
    {
        var session = Fixture.Session(s => s.Rule("has-orders").When(w => w
            .Match<Customer>("c")
            .Exists<Order>("o", (Order o, Customer c) => o.Customer == c.Name && o.Amount > 2)).Then(_ => { }));
        session.InsertAll([new Customer("A", false), new Order(1, "A", 3), new Order(2, "A", 4), new Order(3, "A", 1)]);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Retract_LastFactOfExists_RemovesActivation()
    {
        var order = new Order(1, "A", 3);
        var session = Fixture.Session(s => s.Rule("has-orders").When(w => w
            .Match<Customer>("c")
            .Exists<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(_ => { }));
        session.InsertAll([new Customer("A", false), order]);

        session.Retract(order);

        Assert.Equal(0, session.Fire());
    }

    [Theory]
    [InlineData(new double[] { }, true)]
    [InlineData(new double[] { 5, 6 }, true)]
    [InlineData(new double[] { 5, 1 }, false)]
    public void Fire_ForAll_HoldsOnlyWhenEverySelectedFactMeetsRequirement(double[] amounts, bool fires)
    {
        var session = Fixture.Session(s => s.Rule("all-big").When(w => w
            .Match<Customer>("c")
            .ForAll<Order>("o", (Order o, Customer c) => o.Customer == c.Name, (Order o) => o.Amount >= 5)).Then(_ => { }));
        session.Insert(new Customer("A", false));
        session.Insert(new Order(99, "B", 0));
        for (var i = 0; i < amounts.Length; i++)
        {
            session.Insert(new Order(i, "A", amounts[i]));
        }

        Assert.Equal(fires ? 1 : 0, session.Fire());
    }
}
