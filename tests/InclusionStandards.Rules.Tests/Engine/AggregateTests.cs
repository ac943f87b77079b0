namespace InclusionStandards.Rules.Tests.Engine;

public class AggregateTests
{
    private static readonly object[] Orders =
        [new Customer("A", false), new Order(1, "A", 2), new Order(2, "A", 7), new Order(3, "A", 3), new Order(4, "B", 100)];

    private static T Only<T>(Action<Builder.WhenBuilder> when, string name, object[] facts)
    {
        var session = Fixture.Session(s => s.Rule("agg").When(w => when(w.Match<Customer>("c"))).Then(ctx => ctx.Emit(ctx.Get<T>(name)!)));
        session.InsertAll(facts);
        session.Fire();
        return Assert.IsType<T>(Assert.Single(session.Results), exactMatch: false);
    }

    [Fact]
    public void Fire_Count_BindsNumberOfMatchingFacts() =>
        Assert.Equal(3, Only<int>(w => w.Count<Order>("n", "o", (Order o, Customer c) => o.Customer == c.Name), "n", Orders));

    [Fact]
    public void Fire_CountOfNothing_BindsZero() =>
        Assert.Equal(0, Only<int>(w => w.Count<Order>("n", "o", (Order o, Customer c) => o.Customer == c.Name), "n", [new Customer("A", false)]));

    [Fact]
    public void Fire_Sum_AddsSelectorValues() =>
        Assert.Equal(12.0, Only<double>(w => w.Sum<Order>("s", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name), "s", Orders));

    [Fact]
    public void Fire_Average_IsMeanOfSelector() =>
        Assert.Equal(4.0, Only<double>(w => w.Average<Order>("s", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name), "s", Orders));

    [Fact]
    public void Fire_Min_IsLeastValue() =>
        Assert.Equal(2.0, Only<double>(w => w.Min<Order, double>("s", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name), "s", Orders));

    [Fact]
    public void Fire_Max_IsGreatestValue() =>
        Assert.Equal(7.0, Only<double>(w => w.Max<Order, double>("s", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name), "s", Orders));

    [Fact]
    public void Fire_Collect_ListsFactsInInsertionOrder() =>
        Assert.Equal([1, 2, 3], Only<IReadOnlyList<Order>>(w => w.Collect<Order>("xs", "o", (Order o, Customer c) => o.Customer == c.Name), "xs", Orders).Select(o => o.Id));

    [Fact]
    public void Fire_MinOfNothing_DoesNotFire()
    {
        var session = Fixture.Session(s => s.Rule("agg").When(w => w.Match<Customer>("c").Min<Order, double>("m", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name)).Then(_ => { }));
        session.Insert(new Customer("A", false));

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_GroupBy_FiresOncePerGroup()
    {
        var session = Fixture.Session(s => s.Rule("by-customer").When(w => w.GroupBy<Order, string>("g", "o", o => o.Customer))
            .Then(ctx => ctx.Emit($"{ctx.Get<IGrouping<string, Order>>("g").Key}:{ctx.Get<IGrouping<string, Order>>("g").Count()}")));
        session.InsertAll([new Order(1, "A", 1), new Order(2, "B", 1), new Order(3, "A", 1)]);

        session.Fire();

        Assert.Equal(["A:2", "B:1"], session.Results);
    }

    [Fact]
    public void Fire_ConditionOnResult_FiltersMatches()
    {
        var session = Fixture.Session(s => s.Rule("big-spender").When(w => w
            .Match<Customer>("c")
            .Sum<Order>("total", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name)
            .Where((double total) => total > 10)).Then(ctx => ctx.Emit(ctx.Get<Customer>("c").Name)));
        session.InsertAll([new Customer("A", false), new Customer("B", false), new Order(1, "A", 20), new Order(2, "B", 5)]);

        session.Fire();

        Assert.Equal(["A"], session.Results);
    }

    [Fact]
    public void Insert_AfterFiring_AggregateChangesAndFiresAgain()
    {
        var session = Fixture.Session(s => s.Rule("count").When(w => w
            .Match<Customer>("c")
            .Count<Order>("n", "o", (Order o, Customer c) => o.Customer == c.Name)).Then(ctx => ctx.Emit(ctx.Get<int>("n"))));
        session.Insert(new Customer("A", false));
        session.Fire();

        session.Insert(new Order(1, "A", 1));
        session.Fire();

        Assert.Equal([0, 1], session.Results.Cast<int>());
    }

    [Fact]
    public void Retract_RulesSharingFactsByKey_EachSeesTheChange()
    {
        // Three elements over the same facts with the same key share one bucket per key: a fact leaving it must reach all.
        var session = Fixture.Session(s =>
        {
            s.Rule("count").When(w => w.Match<Customer>("c").Count<Order>("n", "o", (Order o, Customer c) => o.Customer == c.Name))
                .Then(ctx => ctx.Emit($"count {ctx.Get<Customer>("c").Name}={ctx.Get<int>("n")}"));
            s.Rule("sum").When(w => w.Match<Customer>("c").Sum<Order>("t", "o", o => o.Amount, (Order o, Customer c) => o.Customer == c.Name))
                .Then(ctx => ctx.Emit($"sum {ctx.Get<Customer>("c").Name}={ctx.Get<double>("t")}"));
            s.Rule("none").When(w => w.Match<Customer>("c").Not<Order>("o", (Order o, Customer c) => o.Customer == c.Name))
                .Then(ctx => ctx.Emit($"none {ctx.Get<Customer>("c").Name}"));
        });
        var (first, second) = (new Order(1, "A", 2), new Order(2, "A", 5));
        session.InsertAll([new Customer("A", false), first, second]);
        session.Fire();

        session.Retract(first);
        session.Fire();
        session.Retract(second);
        session.Fire();

        Assert.Equal(["count A=2", "sum A=7", "count A=1", "sum A=5", "count A=0", "sum A=0", "none A"], session.Results);
    }
}
