using System.Linq.Expressions;
using InclusionStandards.Rules.Builder;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules.Tests.Engine;

public class MisuseTests
{
    private static RuleDefinitionException CompileFails(Action<RuleSetBuilder> write)
    {
        var set = new RuleSetBuilder();
        write(set);
        return Assert.Throws<RuleDefinitionException>(() => RuleCompiler.Compile(set.Build()));
    }

    [Fact]
    public void Compile_ConditionReferencesUnboundVariable_ThrowsNamingRuleAndVariable()
    {
        var ex = CompileFails(s => s.Rule("R1").When(w => w.Match<Order>("o", (Order o, Customer c) => o.Customer == c.Name)).Then(_ => { }));

        Assert.Equal("R1", ex.RuleName);
        Assert.Contains("'c'", ex.Message);
        Assert.Contains("Rule 'R1'", ex.Message);
    }

    [Fact]
    public void Compile_ParameterTypeDiffersFromDeclaration_ThrowsTypeMismatch()
    {
        var ex = CompileFails(s => s.Rule("R2").When(w => w
            .Match<Customer>("c")
            .Match<Order>("o", (Order o, Person c) => o.Customer == c.Name)).Then(_ => { }));

        Assert.Equal("R2", ex.RuleName);
        Assert.Contains("Person", ex.Message);
        Assert.Contains("Customer", ex.Message);
    }

    [Fact]
    public void Compile_ConditionNotBoolean_Throws()
    {
        var ex = CompileFails(s => s.Rule("R3").When(w => w.Match<Order>("o", (Order o) => o.Amount)).Then(_ => { }));

        Assert.Contains("Boolean", ex.Message);
    }

    [Fact]
    public void Compile_DuplicateRuleNames_Throws()
    {
        var ex = CompileFails(s =>
        {
            s.Rule("R").When(w => w.Match<Order>("o")).Then(_ => { });
            s.Rule("R").When(w => w.Match<Order>("o")).Then(_ => { });
        });

        Assert.Equal("R", ex.RuleName);
    }

    [Fact]
    public void Compile_RuleWithoutElements_Throws()
    {
        var ex = CompileFails(s => s.Rule("empty").Then(_ => { }));

        Assert.Equal("empty", ex.RuleName);
    }

    [Fact]
    public void Compile_DeclarationNameUsedTwice_Throws()
    {
        var ex = CompileFails(s => s.Rule("dup").When(w => w.Match<Order>("o").Match<Order>("o")).Then(_ => { }));

        Assert.Contains("'o'", ex.Message);
    }

    [Fact]
    public void Compile_AggregateResultTypeWrong_Throws()
    {
        var source = new PatternElement(new Declaration("o", FactType.Of<Order>()), []);
        var element = new AggregateElement(new Declaration("n", FactType.Of<string>()), AggregateKind.Count, source, null, []);
        var rule = new RuleDefinition("agg", [element], []);

        var ex = Assert.Throws<RuleDefinitionException>(() => RuleCompiler.Compile([rule]));

        Assert.Contains("Int32", ex.Message);
    }

    [Fact]
    public void Fire_ActionThrows_RuleExecutionExceptionNamesRule()
    {
        var session = Fixture.Session(s => s.Rule("boom").When(w => w.Match<Order>("o")).Then(_ => throw new InvalidOperationException("bad")));
        session.Insert(new Order(1, "A", 1));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["boom"], ex.RuleNames.ToArray());
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Fire_CalledFromAnAction_RefusedNamingTheRule()
    {
        ISession? session = null;
        session = Fixture.Session(s => s.Rule("nested").When(w => w.Match<Order>("o")).Then(_ => session!.Fire()));
        session.Insert(new Order(1, "A", 1));
        session.Insert(new Order(2, "B", 2));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(["nested"], ex.RuleNames.ToArray());
        Assert.Contains("already firing", ex.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Fire_CalledFromRuleFiredHandler_RefusedAndSessionStillFires()
    {
        var session = Fixture.Session(s => s.Rule("r").When(w => w.Match<Order>("o")).Then(_ => { }));
        session.Insert(new Order(1, "A", 1));
        session.Insert(new Order(2, "B", 2));
        EventHandler<RuleFiredEventArgs> nested = (_, _) => session.Fire();
        session.RuleFired += nested;

        var ex = Assert.Throws<InvalidOperationException>(() => session.Fire());

        Assert.Contains("already firing", ex.Message);
        session.RuleFired -= nested;
        Assert.Equal(1, session.Fire()); // the second order's activation is still due, and Fire runs again
        Assert.Equal(["r", "r"], session.Fired());
    }

    [Fact]
    public void Insert_ConditionDereferencesNull_RuleExecutionExceptionNotNullReference()
    {
        var session = Fixture.Session(s => s.Rule("len").When(w => w.Match<Person>("p", p => p.Name.Length > 2)).Then(_ => { }));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Insert(new Person(null!, 3)));

        Assert.Contains("'len'", ex.Message);
        Assert.IsType<NullReferenceException>(ex.InnerException);
    }

    [Fact]
    public void Insert_JoinConditionDereferencesNull_RuleExecutionExceptionNamesRule()
    {
        var session = Fixture.Session(s => s.Rule("j").When(w => w.Match<Customer>("c").Match<Order>("o", (Order o, Customer c) => o.Amount > c.Name.Length)).Then(_ => { }));
        session.Insert(new Customer(null!, false));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Insert(new Order(1, "A", 1)));

        Assert.Equal(["j"], ex.RuleNames.ToArray());
    }

    [Fact]
    public void Fire_ActionAsksForUnknownDeclaration_RuleExecutionException()
    {
        var session = Fixture.Session(s => s.Rule("ask").When(w => w.Match<Order>("o")).Then(ctx => ctx.Get<Order>("x")));
        session.Insert(new Order(1, "A", 1));

        var ex = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Contains("'x'", ex.Message);
        Assert.Contains("'ask'", ex.Message);
    }

    [Fact]
    public void Fire_ActionAsksForWrongType_RuleExecutionException()
    {
        var session = Fixture.Session(s => s.Rule("ask").When(w => w.Match<Order>("o")).Then(ctx => ctx.Get<Person>("o")));
        session.Insert(new Order(1, "A", 1));

        Assert.Throws<RuleExecutionException>(() => session.Fire());
    }

    [Fact]
    public void CreateSession_NonPositiveFiringLimit_Throws()
    {
        var factory = RuleCompiler.Compile([]);

        Assert.Throws<ArgumentOutOfRangeException>(() => factory.CreateSession(new SessionOptions { MaxFirings = 0 }));
    }

    [Fact]
    public void Compile_NullCondition_ThrowsArgumentNull()
    {
        Expression<Func<Order, bool>>? none = null;
        var rule = new RuleDefinition("n", [new PatternElement(new Declaration("o", FactType.Of<Order>()), [none!])], []);

        Assert.Throws<ArgumentNullException>(() => RuleCompiler.Compile([rule]));
    }

    [Fact]
    public void Insert_ConditionThrows_SessionStaysConsistent()
    {
        var session = Fixture.Session(s => s.Rule("len").When(w => w.Match<Person>("p", p => p.Name.Length > 2)).Then(_ => { }));
        var bad = new Person(null!, 3);
        Assert.Throws<RuleExecutionException>(() => session.Insert(bad));

        session.Insert(new Person("Ada", 3));

        Assert.False(session.Contains(bad));
        Assert.Equal(1, session.FactCount);
        Assert.Equal(1, session.Fire());
    }
}
