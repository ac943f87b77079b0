namespace InclusionStandards.Rules.Runtime;

/// <summary>
/// A fact in working memory and everything needed to undo its matches without re-evaluating conditions (so mutable
/// facts can be updated): alpha memberships, join-index buckets, tokens, and group-node matches. Session-owned.
/// </summary>
internal sealed class FactHandle
{
    public FactHandle(object fact) => Fact = fact;

    public object Fact { get; }

    /// <summary>The join-index buckets the fact is in: the first two inline, the rest in <see cref="Extras"/> (fewer objects per fact).</summary>
    public JoinBucket? Bucket0;
    public JoinBucket? Bucket1;
    /// <summary>The fact's tokens (partial matches ending in it): an intrusive list through <see cref="Token.NextOfHandle"/>.</summary>
    public Token? FirstToken;

    /// <summary>The rarer parts of the record (null until needed).</summary>
    public FactHandleExtras? Extras;

    /// <summary><see cref="Extras"/>, created when missing.</summary>
    public FactHandleExtras More => Extras ??= new FactHandleExtras();

    /// <summary>True when inserted with <c>InsertLogical</c> (and not also stated).</summary>
    public bool IsLogical;
    public int Justifications;
    public bool Removed;


    public void AddBucket(JoinBucket bucket)
    {
        if (Bucket0 is null)
        {
            Bucket0 = bucket;
        }
        else if (Bucket1 is null)
        {
            Bucket1 = bucket;
        }
        else
        {
            var more = More;
            if (more.MoreBuckets is null || more.MoreCount == more.MoreBuckets.Length)
            {
                var buckets = new JoinBucket[more.MoreCount == 0 ? 2 : more.MoreCount * 2];
                if (more.MoreCount > 0)
                {
                    Array.Copy(more.MoreBuckets!, buckets, more.MoreCount);
                }

                more.MoreBuckets = buckets;
            }

            more.MoreBuckets[more.MoreCount++] = bucket;
        }
    }

    public void AddToken(Token token)
    {
        token.NextOfHandle = FirstToken;
        if (FirstToken is not null)
        {
            FirstToken.PreviousOfHandle = token;
        }

        FirstToken = token;
    }

    public void RemoveToken(Token token)
    {
        if (token.PreviousOfHandle is { } previous)
        {
            previous.NextOfHandle = token.NextOfHandle;
        }
        else
        {
            FirstToken = token.NextOfHandle;
        }

        if (token.NextOfHandle is { } next)
        {
            next.PreviousOfHandle = token.PreviousOfHandle;
        }
    }

    public override string ToString() => Fact.ToString() ?? Fact.GetType().Name;
}
