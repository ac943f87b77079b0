using InclusionStandards.Benchmarks.Engine;

namespace InclusionStandards.Rules.Tests.Engine;

public class SessionTests
{
    private static ISession Simple() => Fixture.Session(s => s.Rule("r").When(w => w.Match<Order>("o", o => o.Amount > 1)).Then(_ => { }));

    [Fact]
    public void Query_ByType_ReturnsFactsInInsertionOrder()
    {
        var session = Simple();
        session.InsertAll([new Order(2, "A", 1), new Person("x", 1), new Order(1, "A", 1)]);

        Assert.Equal([2, 1], session.Query<Order>().Select(o => o.Id));
        Assert.Equal(3, session.FactCount);
    }

    [Fact]
    public void Insert_SameObjectTwice_Throws()
    {
        var session = Simple();
        var order = new Order(1, "A", 1);
        session.Insert(order);

        Assert.Throws<ArgumentException>(() => session.Insert(order));
    }

    [Fact]
    public void Insert_EqualButDistinctObjects_AreTwoFacts()
    {
        var session = Simple();

        session.InsertAll([new Order(1, "A", 5), new Order(1, "A", 5)]);

        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void ManyFacts_RetractUpdateReinsert_EveryLookupFindsTheLiveFactsOnly()
    {
        // Hundreds of facts: past the size at which the fact map switches from scanning to its filter and table.
        var session = Fixture.Session(s => s.Rule("big").When(w => w.Match<Account>("a", a => a.Balance > 100)).Then(c => c.Insert(new Alert(c.Get<Account>("a").Owner))));
        var accounts = Enumerable.Range(0, 600).Select(i => new Account($"a{i}", i)).ToArray();
        foreach (var account in accounts)
        {
            session.Insert(account);
        }

        for (var i = 0; i < accounts.Length; i += 3)
        {
            session.Retract(accounts[i]);
        }

        for (var i = 1; i < accounts.Length; i += 3)
        {
            accounts[i].Balance = 0;
            session.Update(accounts[i]);
        }

        session.Insert(accounts[0]); // a retracted object may come back
        session.Fire();

        var live = accounts.Where((_, i) => i % 3 != 0 || i == 0).ToArray();
        Assert.Equal(live, session.Query<Account>().OrderBy(a => int.Parse(a.Owner[1..])));
        Assert.All(live, a => Assert.True(session.Contains(a)));
        Assert.All(accounts.Where((_, i) => i % 3 == 0 && i > 0), a => Assert.False(session.Contains(a)));
        Assert.Throws<ArgumentException>(() => session.Insert(accounts[5]));
        Assert.Throws<ArgumentException>(() => session.Retract(accounts[3]));
        var expected = accounts.Where((a, i) => i % 3 == 2 && a.Balance > 100).Select(a => a.Owner).ToArray();
        Assert.Equal(expected, session.Query<Alert>().Select(a => a.Text));
        Assert.Equal(live.Length + expected.Length, session.FactCount);
    }

    [Fact]
    public void Retract_UnknownFact_ThrowsArgumentException()
    {
        var session = Simple();

        Assert.Throws<ArgumentException>(() => session.Retract(new Order(1, "A", 1)));
        Assert.Throws<ArgumentException>(() => session.Update(new Order(1, "A", 1)));
    }

    [Fact]
    public void RetractAll_InsertedFacts_LeavesEmptySession()
    {
        var session = Simple();
        var facts = new object[] { new Order(1, "A", 5), new Order(2, "A", 5) };
        session.InsertAll(facts);

        session.RetractAll(facts);

        Assert.Equal(0, session.FactCount);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_Firings_ExplainRuleAndMatchedFacts()
    {
        var customer = new Customer("A", true);
        var order = new Order(1, "A", 5);
        var session = Fixture.Session(s => s.Rule("j").When(w => w.Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(_ => { }));
        session.InsertAll([customer, order]);

        session.Fire();

        var firing = Assert.Single(session.Firings);
        Assert.Equal("j", firing.Rule.Name);
        Assert.Equal(new object[] { customer, order }, firing.Facts);
    }

    [Fact]
    public void Events_InsertRetractFire_AreRaised()
    {
        var log = new List<string>();
        var session = Fixture.Session(s => s.Rule("alert").When(w => w.Match<Order>("o")).Then(ctx => ctx.InsertLogical(new Alert("a"))));
        session.FactInserted += (_, e) => log.Add($"+{e.Fact.GetType().Name}{(e.IsLogical ? "*" : "")}");
        session.FactRetracted += (_, e) => log.Add($"-{e.Fact.GetType().Name}");
        session.FactUpdated += (_, e) => log.Add($"~{e.Fact.GetType().Name}");
        session.RuleFired += (_, e) => log.Add($"!{e.Firing.Rule.Name}");
        var order = new Order(1, "A", 1);

        session.Insert(order);
        session.Fire();
        session.Update(order);
        session.Retract(order);
        session.Fire();

        Assert.Equal(["+Order", "+Alert*", "!alert", "~Order", "-Order", "-Alert"], log);
    }

    [Fact]
    public void Update_OneFact_ReevaluatesOnlyConditionsOnItsType()
    {
        var evaluations = new int[1];
        var session = Fixture.Session(s =>
        {
            s.Rule("orders").When(w => w.Match<Order>("o", o => Count(evaluations, o.Amount > 0))).Then(_ => { });
            s.Rule("people").When(w => w.Match<Person>("p", p => p.Age > 0)).Then(_ => { });
        });
        var person = new Person("x", 5);
        session.InsertAll(Enumerable.Range(0, 100).Select(i => (object)new Order(i, "A", i)).Append(person));
        session.Fire();
        var before = evaluations[0];

        session.Update(person);
        session.Fire();

        Assert.Equal(100, before);
        Assert.Equal(before, evaluations[0]);
    }

    [Fact]
    public void CreateSession_ManyThreadsShareOneCompiledSet_SameResults()
    {
        var factory = RuleCompiler.Compile(WorkloadRules.Build());
        var data = new WorkloadData(60);
        var counts = new int[8];

        Parallel.For(0, counts.Length, i =>
        {
            var session = factory.CreateSession();
            session.InsertAll(data.AllFacts());
            counts[i] = session.Fire();
        });

        Assert.Single(counts.Distinct());
        Assert.True(counts[0] > 60);
    }

    [Fact]
    public void Fire_ManyThreadsOneSessionPerOrganisation_SameResultsAsOneThread()
    {
        // Sessions hand their emptied agenda queues back to the compiled set for the next session: under contention
        // each session must still see only its own activations.
        var factory = RuleCompiler.Compile(WorkloadRules.Build());
        var orgs = new WorkloadData(200).ByOrg.ToArray();
        (int, int, int) Evaluate(int i)
        {
            var session = factory.CreateSession();
            session.Insert(orgs[i].Org);
            session.InsertAll(orgs[i].Metrics);
            var fired = session.Fire();
            return (session.Query<Finding>().Count(), session.Query<OrgFlag>().Count(), fired);
        }

        var expected = Enumerable.Range(0, orgs.Length).Select(Evaluate).ToArray();
        var actual = new (int, int, int)[orgs.Length];
        Parallel.For(0, orgs.Length * 5, i => actual[i % orgs.Length] = Evaluate(i % orgs.Length));

        Assert.Equal(expected, actual);
        Assert.True(expected.Sum(e => e.Item3) > orgs.Length);
    }

    [Fact]
    public void Fire_InterleavedSessionsAndRefiring_EachSeesOnlyItsOwnActivations()
    {
        var factory = RuleCompiler.Compile(WorkloadRules.Build());
        var orgs = new WorkloadData(3).ByOrg.ToArray();
        int Fresh(params int[] which)
        {
            var session = factory.CreateSession();
            foreach (var i in which)
            {
                session.Insert(orgs[i].Org);
                session.InsertAll(orgs[i].Metrics);
            }

            return session.Fire();
        }

        var (a, b) = (factory.CreateSession(), factory.CreateSession());
        a.Insert(orgs[0].Org);
        a.InsertAll(orgs[0].Metrics);
        b.Insert(orgs[1].Org);
        b.InsertAll(orgs[1].Metrics);
        var firedA = a.Fire(); // a's emptied queues go back to the compiled set …
        var c = factory.CreateSession(); // … and c may take them
        c.Insert(orgs[2].Org);
        c.InsertAll(orgs[2].Metrics);
        a.Insert(orgs[2].Org); // a fills an agenda again while c's is pending
        a.InsertAll(orgs[2].Metrics);
        var firedB = b.Fire();
        var firedC = c.Fire();
        var firedA2 = a.Fire();

        Assert.Equal(Fresh(0), firedA);
        Assert.Equal(Fresh(1), firedB);
        Assert.Equal(Fresh(2), firedC);
        Assert.Equal(Fresh(0, 2) - Fresh(0), firedA2);
    }

    private static bool Count(int[] counter, bool value)
    {
        counter[0]++;
        return value;
    }
}
