namespace InclusionStandards.Rules.Tests.Engine;

public class JoinTests
{
    [Fact]
    public void Fire_EqualityJoin_FiresOncePerMatchingPair()
    {
        var session = Fixture.Session(s => s.Rule("vip-order").When(w => w
            .Match<Customer>("c", c => c.Vip)
            .Match<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(ctx => ctx.Emit(ctx.Get<Order>("o").Id)));
        session.InsertAll([new Customer("A", true), new Customer("B", false), new Order(1, "A", 5), new Order(2, "B", 5), new Order(3, "A", 7)]);

        session.Fire();

        Assert.Equal([1, 3], session.Results.Cast<int>().Order());
    }

    [Fact]
    public void Fire_FactsInsertedInEitherOrder_SameMatches()
    {
        void Write(Builder.RuleSetBuilder s) => s.Rule("j").When(w => w
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(ctx => ctx.Emit(ctx.Get<Order>("o").Id));
        var first = Fixture.Session(Write);
        first.InsertAll([new Customer("A", true), new Order(1, "A", 5)]);
        var second = Fixture.Session(Write);
        second.InsertAll([new Order(1, "A", 5), new Customer("A", true)]);

        Assert.Equal(first.Fire(), second.Fire());
        Assert.Equal(first.Results, second.Results);
    }

    [Fact]
    public void Fire_NonEqualityJoin_ComparesBoundValues()
    {
        var session = Fixture.Session(s => s.Rule("bigger").When(w => w
            .Match<Order>("a")
            .Match<Order>("b", (Order b, Order a) => b.Amount > a.Amount)).Then(_ => { }));
        session.InsertAll([new Order(1, "x", 1), new Order(2, "x", 2), new Order(3, "x", 3)]);

        Assert.Equal(3, session.Fire());
    }

    [Fact]
    public void Fire_SelfJoinOnSameFact_MatchesItselfOnce()
    {
        var session = Fixture.Session(s => s.Rule("same").When(w => w
            .Match<Order>("a")
            .Match<Order>("b", (Order b, Order a) => b.Id == a.Id)).Then(_ => { }));
        session.InsertAll([new Order(1, "x", 1), new Order(2, "x", 2)]);

        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Retract_JoinedFact_RemovesPendingActivation()
    {
        var order = new Order(1, "A", 5);
        var session = Fixture.Session(s => s.Rule("j").When(w => w
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(_ => { }));
        session.InsertAll([new Customer("A", true), order]);

        session.Retract(order);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_MutableFactChangesJoinKey_MatchesFollowNewKey()
    {
        var account = new Account("A", 10);
        var session = Fixture.Session(s => s.Rule("owner").When(w => w
            .Match<Customer>("c")
            .Match<Account>("a", (Account a, Customer c) => a.Owner == c.Name)).Then(ctx => ctx.Emit(ctx.Get<Customer>("c").Name)));
        session.InsertAll([new Customer("A", false), new Customer("B", false), account]);
        session.Fire();

        account.Owner = "B";
        session.Update(account);
        session.Fire();

        Assert.Equal(["A", "B"], session.Results);
    }
}
