using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using InclusionStandards.Rules.Collections;
using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Tests.Collections;

/// <summary>
/// The session's paged collections (which keep a large session off the large-object heap) behave like the BCL
/// collections they replace, across page boundaries.
/// </summary>
public class SegmentedCollectionTests
{
    private const int Cases = 1000;

    /// <summary>Operations on small key ranges (many collisions and re-additions) and long runs (several pages).</summary>
    private static readonly Gen<(int Kind, int Key)[]> OpsGen =
        from n in Gen.Choose(0, 400)
        from range in Gen.Elements(8, 64, 5000)
        from ops in Gen.ArrayOf(Gen.Choose(0, 9).SelectMany(kind => Gen.Choose(0, range).Select(key => (kind, key))), n)
        select ops;

    /// <summary>The arbitraries of these properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CollectionOps> Ops() => Arb.From(OpsGen.Select(o => new CollectionOps(o)));

        public static Arbitrary<HashedOps> Hashed() => Arb.From(from ops in OpsGen from hashing in Gen.Choose(0, 2) select new HashedOps(ops, hashing));
    }

    /// <summary>A sequence of (kind, key) operations.</summary>
    public sealed record CollectionOps((int Kind, int Key)[] Items);

    /// <summary>Operations and which of the three hashings of the fact-handle map to use.</summary>
    public sealed record HashedOps((int Kind, int Key)[] Ops, int Hashing);

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void SegmentedDictionary_RandomKeys_AgreesWithDictionary(CollectionOps input)
    {
        var ops = input.Items;
        {
            var map = new SegmentedDictionary<object, int>();
            var model = new Dictionary<object, int>();
            foreach (var (kind, key) in ops)
            {
                ref var slot = ref map.GetValueRefOrAddDefault(key, out var exists);
                Assert.Equal(model.ContainsKey(key), exists);
                if (!exists || kind == 0)
                {
                    slot = key * 7 + kind;
                    model[key] = key * 7 + kind;
                }

                Assert.Equal(model.Count, map.Count);
            }

            foreach (var key in Enumerable.Range(0, 70))
            {
                Assert.Equal(model.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void SegmentedDictionary_ManyKeys_CrossesPagesAndFindsEveryKey()
    {
        var map = new SegmentedDictionary<object, int>();
        for (var i = 0; i < 100_000; i += 2)
        {
            map.GetValueRefOrAddDefault(i, out _) = -i;
        }

        Assert.Equal(50_000, map.Count);
        for (var i = 0; i < 100_000; i++)
        {
            Assert.Equal(i % 2 == 0, map.TryGetValue(i, out var v));
            Assert.Equal(i % 2 == 0 ? -i : 0, v);
        }
    }

    [Fact]
    public void SegmentedList_AddClearAdd_KeepsOrderAcrossPages()
    {
        var list = new SegmentedList<int>();
        for (var round = 0; round < 2; round++)
        {
            var n = round == 0 ? 3 * SegmentedList<int>.PageSize + 17 : 5;
            for (var i = 0; i < n; i++)
            {
                list.Add(i);
            }

            Assert.Equal(n, list.Count);
            Assert.Equal(Enumerable.Range(0, n), list);
            Assert.Equal(n - 1, list[n - 1]);
            Assert.Throws<ArgumentOutOfRangeException>(() => list[n]);
            list.Clear();
            Assert.Empty(list);
        }
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public void FactHandleMap_RandomOperations_AgreesWithReferenceDictionary(HashedOps c)
    {
        var facts = Enumerable.Range(0, 3000).Select(i => (object)$"fact {i}").ToArray();
        var index = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < facts.Length; i++)
        {
            index.Add(facts[i], i);
        }

        // Identity hashes, and hashes that collide for most facts (identity hashes collide too, though rarely; this
        // makes the filter and the table meet equal hashes of different facts in every case).
        Func<object, int>[] hashings = [FactHandleMap.HashOf, f => index[f] % 7, f => index[f] & ~0xFF];
        {
            var hash = hashings[c.Hashing];
            var map = new FactHandleMap();
            var model = new Dictionary<object, FactHandle>(ReferenceEqualityComparer.Instance);
            var order = new List<FactHandle>();
            foreach (var (kind, key) in c.Ops)
            {
                var fact = facts[key % facts.Length];
                if (kind < 6)
                {
                    Assert.Equal(model.GetValueOrDefault(fact), map.Find(fact, hash(fact)));
                    if (!model.ContainsKey(fact))
                    {
                        var handle = new FactHandle(fact);
                        map.Add(handle, hash(fact));
                        model.Add(fact, handle);
                        order.Add(handle);
                    }
                }
                else if (kind == 9)
                {
                    map.EnsureCapacity(map.Count + key);
                }
                else if (model.Remove(fact, out var handle))
                {
                    Assert.True(map.Remove(handle, hash(fact)));
                    Assert.True(handle.Removed);
                    Assert.False(map.Remove(handle, hash(fact)));
                    order.Remove(handle);
                }

                Assert.Equal(model.Count, map.Count);
            }

            foreach (var fact in facts)
            {
                Assert.Same(model.GetValueOrDefault(fact), map.Find(fact, hash(fact)));
            }

            Assert.Equal(order, map.Order.Where(h => !h.Removed));
        }
    }

    [Fact]
    public void FactHandleMap_ManyFactsNeverLookedUp_FindsEachAndNoOther()
    {
        var facts = Enumerable.Range(0, 50_000).Select(i => new object()).ToArray();
        var map = new FactHandleMap();
        var handles = facts.Select(f => new FactHandle(f)).ToArray();
        foreach (var handle in handles)
        {
            Assert.Null(map.Find(handle.Fact));
            map.Add(handle, FactHandleMap.HashOf(handle.Fact));
        }

        Assert.Equal(facts.Length, map.Count);
        Assert.Null(map.Find(new object()));
        for (var i = 0; i < handles.Length; i += 7)
        {
            Assert.Same(handles[i], map.Find(facts[i]));
            Assert.True(map.Remove(handles[i]));
            Assert.Null(map.Find(facts[i]));
        }

        Assert.Equal(facts.Length - ((facts.Length + 6) / 7), map.Count);
    }
}
