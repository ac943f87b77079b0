using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Conditions.Syntax;

/// <summary>Recursive-descent parser for the CEL subset, with offsets on every node and a nesting limit.</summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private int _pos;
    private int _depth;

    private Parser(List<Token> tokens, int maxDepth)
    {
        _tokens = tokens;
        _maxDepth = maxDepth;
    }

    /// <summary>
    /// Parses <paramref name="text"/>; throws <see cref="ParseError"/> on the first error. Every caller gets the same
    /// bounds: at most <paramref name="maxLength"/> characters, <paramref name="maxDepth"/> nested parentheses,
    /// brackets, calls or unary operators (CEL's minimum is 32), and a tree no higher than <see cref="MaxHeightFactor"/>
    /// times that (a long chain such as <c>a + a + … + a</c> is a tree as high as it has operators), so no later recursive
    /// pass over the tree can exhaust the stack.
    /// </summary>
    public static Expr Parse(string text, int maxDepth, int maxLength = 4096)
    {
        if (text.Length > maxLength)
        {
            throw new ParseError(DiagnosticCodes.CelLimit, $"the expression is {text.Length} characters long; the limit is {maxLength}", 0);
        }

        var tokens = new Lexer(text).Tokenize();
        var bad = tokens.FindIndex(t => t.Kind == TokenKind.Error);
        if (bad >= 0)
        {
            throw new ParseError(DiagnosticCodes.CelSyntax, tokens[bad].Text, tokens[bad].Offset);
        }

        var parser = new Parser(tokens, maxDepth);
        var expr = parser.ParseExpr();
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw parser.Unexpected();
        }

        CheckHeight(expr, maxDepth * MaxHeightFactor);
        return expr;
    }

    /// <summary>How many times the nesting limit a syntax tree may be high (operators in a row count one level each).</summary>
    public const int MaxHeightFactor = 8;

    /// <summary>Refuses a tree higher than <paramref name="limit"/>, measured without recursion.</summary>
    private static void CheckHeight(Expr root, int limit)
    {
        var stack = new Stack<(Expr Node, int Height)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, height) = stack.Pop();
            if (height > limit)
            {
                throw new ParseError(DiagnosticCodes.CelLimit,
                    $"the expression chains more than {limit} operations in a row; split it into several conditions", node.Offset);
            }

            foreach (var child in ExprWalk.Children(node))
            {
                stack.Push((child, height + 1));
            }
        }
    }

    private Token Peek => _tokens[_pos];

    private Token Take() => _tokens[_pos++];

    private bool Accept(string punct)
    {
        if (Peek.Is(punct))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private Token Expect(string punct)
    {
        if (!Peek.Is(punct))
        {
            throw Unexpected($"expected '{punct}'");
        }

        return Take();
    }

    private ParseError Unexpected(string? expected = null)
    {
        var t = Peek;
        var what = t.Kind == TokenKind.End ? "end of expression" : $"'{t.Text}'";
        var msg = expected is null ? $"unexpected {what}" : $"{expected} but found {what}";
        return new ParseError(DiagnosticCodes.CelSyntax, msg, t.Offset);
    }

    private Expr ParseExpr()
    {
        Enter();
        try
        {
            var cond = ParseOr();
            if (Peek.Is("?"))
            {
                var q = Take();
                var then = ParseOr();
                Expect(":");
                var otherwise = ParseExpr();
                return new CallExpr(q.Offset, null, Operators.Conditional, [cond, then, otherwise]);
            }

            return cond;
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>One level deeper; the whole expression itself is level 0, so <c>maxDepth</c> parentheses fit.</summary>
    private void Enter()
    {
        if (++_depth > _maxDepth + 1)
        {
            throw new ParseError(DiagnosticCodes.CelLimit, $"the expression is nested more than {_maxDepth} levels deep", Peek.Offset);
        }
    }

    private Expr ParseOr() => ParseLogical("||", Operators.LogicalOr, ParseAnd);

    private Expr ParseAnd() => ParseLogical("&&", Operators.LogicalAnd, ParseRelation);

    private Expr ParseLogical(string punct, string op, Func<Expr> next)
    {
        var left = next();
        while (Peek.Is(punct))
        {
            var t = Take();
            left = new CallExpr(t.Offset, null, op, [left, next()]);
        }

        return left;
    }

    private Expr ParseRelation()
    {
        var left = ParseAddition();
        while (true)
        {
            var t = Peek;
            string? op = t.Kind == TokenKind.In ? Operators.In : t.Kind == TokenKind.Punct ? Operators.Relation(t.Text) : null;
            if (op is null)
            {
                return left;
            }

            Take();
            left = new CallExpr(t.Offset, null, op, [left, ParseAddition()]);
        }
    }

    private Expr ParseAddition()
    {
        var left = ParseMultiplication();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var t = Take();
            left = new CallExpr(t.Offset, null, t.Text == "+" ? Operators.Add : Operators.Subtract, [left, ParseMultiplication()]);
        }

        return left;
    }

    private Expr ParseMultiplication()
    {
        var left = ParseUnary();
        while (Peek.Is("*") || Peek.Is("/") || Peek.Is("%"))
        {
            var t = Take();
            var op = t.Text switch { "*" => Operators.Multiply, "/" => Operators.Divide, _ => Operators.Modulo };
            left = new CallExpr(t.Offset, null, op, [left, ParseUnary()]);
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Peek.Is("!"))
        {
            var t = Take();
            Enter();
            try
            {
                return new CallExpr(t.Offset, null, Operators.LogicalNot, [ParseUnary()]);
            }
            finally
            {
                _depth--;
            }
        }

        if (Peek.Is("-"))
        {
            var t = Take();
            var next = Peek;
            if (next.Kind is TokenKind.Int or TokenKind.Double && !_tokens[_pos + 1].Is(".") && !_tokens[_pos + 1].Is("["))
            {
                Take();
                return next.Kind == TokenKind.Double
                    ? new LiteralExpr(t.Offset, -(double)next.Value!, CelType.Double)
                    : new LiteralExpr(t.Offset, unchecked(-(long)(ulong)next.Value!), CelType.Int);
            }

            Enter();
            try
            {
                return new CallExpr(t.Offset, null, Operators.Negate, [ParseUnary()]);
            }
            finally
            {
                _depth--;
            }
        }

        return ParseMember();
    }

    private Expr ParseMember()
    {
        var expr = ParsePrimary();
        while (true)
        {
            if (Peek.Is("."))
            {
                var dot = Take();
                var name = Take();
                if (name.Kind is not TokenKind.Ident and not TokenKind.QuotedIdent)
                {
                    _pos--;
                    throw Unexpected("expected a field name");
                }

                if (name.Kind == TokenKind.Ident && Peek.Is("("))
                {
                    Take();
                    var args = ParseArgs(")");
                    expr = Macros.Expand(dot.Offset, expr, name.Text, args) ?? new CallExpr(dot.Offset, expr, name.Text, args);
                }
                else
                {
                    expr = new SelectExpr(dot.Offset, expr, name.Text, false);
                }
            }
            else if (Peek.Is("["))
            {
                var t = Take();
                var index = ParseExpr();
                Expect("]");
                expr = new CallExpr(t.Offset, null, Operators.Index, [expr, index]);
            }
            else
            {
                return expr;
            }
        }
    }

    private ImmutableArray<Expr> ParseArgs(string close)
    {
        var args = ImmutableArray.CreateBuilder<Expr>();
        if (!Peek.Is(close))
        {
            do
            {
                if (Peek.Is(close))
                {
                    break;
                }

                args.Add(ParseExpr());
            }
            while (Accept(","));
        }

        Expect(close);
        return args.ToImmutable();
    }

    private Expr ParsePrimary()
    {
        var t = Take();
        switch (t.Kind)
        {
            case TokenKind.Int:
                var v = (ulong)t.Value!;
                if (v > long.MaxValue)
                {
                    throw new ParseError(DiagnosticCodes.CelSyntax, "integer literal is out of range", t.Offset);
                }

                return new LiteralExpr(t.Offset, (long)v, CelType.Int);
            case TokenKind.Uint:
                return new LiteralExpr(t.Offset, t.Value, CelType.Uint);
            case TokenKind.Double:
                return new LiteralExpr(t.Offset, t.Value, CelType.Double);
            case TokenKind.String:
                return new LiteralExpr(t.Offset, t.Value, CelType.String);
            case TokenKind.Bytes:
                return new LiteralExpr(t.Offset, t.Value, CelType.Bytes);
            case TokenKind.True or TokenKind.False:
                return new LiteralExpr(t.Offset, t.Value, CelType.Bool);
            case TokenKind.Null:
                return new LiteralExpr(t.Offset, null, CelType.Null);
            case TokenKind.Ident:
                return ParseIdent(t);
            case TokenKind.Punct when t.Text == ".":
                var id = Take();
                if (id.Kind != TokenKind.Ident)
                {
                    _pos--;
                    throw Unexpected("expected an identifier");
                }

                return ParseIdent(id);
            case TokenKind.Punct when t.Text == "(":
                var inner = ParseExpr();
                Expect(")");
                return inner;
            case TokenKind.Punct when t.Text == "[":
                return new ListExpr(t.Offset, ParseArgs("]"));
            case TokenKind.Punct when t.Text == "{":
                return ParseMap(t);
            default:
                _pos--;
                throw Unexpected();
        }
    }

    private Expr ParseIdent(Token t)
    {
        if (Lexer.IsReserved(t.Text))
        {
            throw new ParseError(DiagnosticCodes.CelSyntax, $"'{t.Text}' is a reserved word", t.Offset);
        }

        if (!Peek.Is("("))
        {
            return new IdentExpr(t.Offset, t.Text);
        }

        Take();
        var args = ParseArgs(")");
        if (t.Text == "has")
        {
            if (args.Length != 1 || args[0] is not SelectExpr sel)
            {
                throw new ParseError(DiagnosticCodes.CelSyntax, "has() takes a single field selection, e.g. has(a.b)", t.Offset);
            }

            return new SelectExpr(sel.Offset, sel.Operand, sel.Field, true);
        }

        return new CallExpr(t.Offset, null, t.Text, args);
    }

    private Expr ParseMap(Token open)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<Expr, Expr>>();
        while (!Peek.Is("}"))
        {
            var key = ParseExpr();
            Expect(":");
            entries.Add(new(key, ParseExpr()));
            if (!Accept(","))
            {
                break;
            }
        }

        Expect("}");
        return new MapExpr(open.Offset, entries.ToImmutable());
    }
}
