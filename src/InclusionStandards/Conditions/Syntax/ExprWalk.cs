namespace InclusionStandards.Conditions.Syntax;

/// <summary>Visits every node of a syntax tree with its parent, parents first, without recursion (trees may be deep).</summary>
internal static class ExprWalk
{
    /// <summary>Every node of <paramref name="root"/> (itself first) with its parent (null for the root).</summary>
    public static IEnumerable<(Expr Node, Expr? Parent)> Nodes(Expr root)
    {
        var stack = new Stack<(Expr, Expr?)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            yield return (node, parent);
            foreach (var child in Children(node).Reverse())
            {
                stack.Push((child, node));
            }
        }
    }

    /// <summary>The direct children of a node, in source order.</summary>
    public static IEnumerable<Expr> Children(Expr e)
    {
        switch (e)
        {
            case SelectExpr s:
                yield return s.Operand;
                break;
            case CallExpr c:
                if (c.Target is { } t)
                {
                    yield return t;
                }

                foreach (var a in c.Args)
                {
                    yield return a;
                }

                break;
            case ListExpr l:
                foreach (var x in l.Elements)
                {
                    yield return x;
                }

                break;
            case MapExpr m:
                foreach (var (k, v) in m.Entries)
                {
                    yield return k;
                    yield return v;
                }

                break;
            case ComprehensionExpr x:
                yield return x.Range;
                if (x.Filter is { } f)
                {
                    yield return f;
                }

                yield return x.Body;
                break;
        }
    }
}
