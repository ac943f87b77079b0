namespace InclusionStandards.Conditions.Syntax;

/// <summary>CEL's internal names for operators.</summary>
internal static class Operators
{
    public const string Conditional = "_?_:_";
    public const string LogicalAnd = "_&&_";
    public const string LogicalOr = "_||_";
    public const string LogicalNot = "!_";
    public const string Negate = "-_";
    public const string Equal = "_==_";
    public const string NotEquals = "_!=_";
    public const string Less = "_<_";
    public const string LessEquals = "_<=_";
    public const string Greater = "_>_";
    public const string GreaterEquals = "_>=_";
    public const string Add = "_+_";
    public const string Subtract = "_-_";
    public const string Multiply = "_*_";
    public const string Divide = "_/_";
    public const string Modulo = "_%_";
    public const string Index = "_[_]";
    public const string In = "@in";

    public static string? Relation(string punct) => punct switch
    {
        "==" => Equal,
        "!=" => NotEquals,
        "<" => Less,
        "<=" => LessEquals,
        ">" => Greater,
        ">=" => GreaterEquals,
        _ => null,
    };

    /// <summary>The operator as the user wrote it, for messages.</summary>
    public static string Display(string name) => name switch
    {
        Equal => "==",
        NotEquals => "!=",
        Less => "<",
        LessEquals => "<=",
        Greater => ">",
        GreaterEquals => ">=",
        Add => "+",
        Subtract => "-",
        Multiply => "*",
        Divide => "/",
        Modulo => "%",
        Negate => "-",
        LogicalNot => "!",
        LogicalAnd => "&&",
        LogicalOr => "||",
        Index => "[]",
        In => "in",
        Conditional => "?:",
        _ => name,
    };
}
