using InclusionStandards.Rules.Facts;
using InclusionStandards.Rules.Model;
using Record = InclusionStandards.Rules.Facts.Record;

namespace InclusionStandards.Rules.Tests.Engine;

public class PatternTests
{
    [Fact]
    public void Fire_OneMatchingFact_FiresOnce()
    {
        var session = Fixture.Session(s => s.Rule("adult").When(w => w.Match<Person>("p", p => p.Age >= 18)).Then(_ => { }));
        session.Insert(new Person("Ada", 36));

        Assert.Equal(1, session.Fire());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_NonMatchingFact_DoesNotFire()
    {
        var session = Fixture.Session(s => s.Rule("adult").When(w => w.Match<Person>("p", p => p.Age >= 18)).Then(_ => { }));
        session.Insert(new Person("Tom", 12));

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Fire_PatternOnBaseType_MatchesDerivedFacts()
    {
        var session = Fixture.Session(s => s.Rule("animal").When(w => w.Match<Animal>("a")).Then(_ => { }));
        session.InsertAll([new Dog("Rex"), new Cat("Tom"), new Person("Ada", 3)]);

        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Fire_SeveralConditions_AllMustHold()
    {
        var session = Fixture.Session(s => s.Rule("r").When(w => w.Match<Person>("p", (Person p) => p.Age > 10, (Person p) => p.Name.StartsWith('A'))).Then(_ => { }));
        session.InsertAll([new Person("Ada", 36), new Person("Bob", 40), new Person("Al", 5)]);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_SameConditionInTwoRules_BothFire()
    {
        var session = Fixture.Session(s =>
        {
            s.Rule("a").When(w => w.Match<Person>("p", p => p.Age > 10)).Then(_ => { });
            s.Rule("b").When(w => w.Match<Person>("p", p => p.Age > 10)).Then(_ => { });
        });
        session.Insert(new Person("Ada", 36));

        session.Fire();

        Assert.Equal(["a", "b"], session.Fired());
    }

    [Fact]
    public void Fire_ClosureCapturedInLoop_EachRuleUsesItsOwnValue()
    {
        var session = Fixture.Session(s =>
        {
            foreach (var age in new[] { 10, 20, 30 })
            {
                s.Rule($"over{age}").When(w => w.Match<Person>("p", p => p.Age > age)).Then(_ => { });
            }
        });
        session.Insert(new Person("Ada", 25));

        session.Fire();

        Assert.Equal(["over10", "over20"], session.Fired());
    }

    [Fact]
    public void Fire_RecordPattern_MatchesOnlyRecordsOfThatType()
    {
        var member = new RecordType("Member");
        var age = member.AddField("age", FieldType.Int).Index;
        member.Seal();
        var other = new RecordType("Other");
        other.AddField("age", FieldType.Int);
        other.Seal();
        var session = Fixture.Session(s => s.Rule("old").When(w => w.Match(member, "m", (Record m) => m.GetInt(age) > 60)).Then(_ => { }));
        session.InsertAll([
            member.CreateBuilder().Set(age, 70L).Build(),
            member.CreateBuilder().Set(age, 20L).Build(),
            other.CreateBuilder().Set(0, 80L).Build(),
        ]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(2, session.Query(member).Count());
    }

    [Fact]
    public void Fire_RecordJoinedWithClrFact_JoinsByField()
    {
        var member = new RecordType("Member");
        var name = member.AddField("name", FieldType.String).Index;
        member.Seal();
        var session = Fixture.Session(s => s.Rule("r").When(w => w
            .Match<Person>("p")
            .Match(member, "m", (Record m, Person p) => (string?)m.GetReference(name) == p.Name)).Then(_ => { }));
        session.InsertAll([new Person("Ada", 1), new Person("Bob", 2), member.CreateBuilder().Set(name, "Ada").Build()]);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_ModelBuiltWithoutBuilder_Fires()
    {
        var p = new Declaration("p", FactType.Of<Person>());
        System.Linq.Expressions.Expression<Func<Person, bool>> adult = x => x.Age >= 18;
        var rule = new RuleDefinition("adult", [new PatternElement(p, [adult])], [ctx => ctx.Emit(ctx.Get<Person>("p").Name)]);
        var session = RuleCompiler.Compile([rule]).CreateSession();
        session.Insert(new Person("Ada", 36));

        session.Fire();

        Assert.Equal(["Ada"], session.Results);
    }
}
