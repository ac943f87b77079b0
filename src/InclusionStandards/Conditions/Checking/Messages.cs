using InclusionStandards.Conditions.Syntax;

namespace InclusionStandards.Conditions.Checking;

/// <summary>Policy-team wording for type errors.</summary>
internal static class Messages
{
    public static string NoOverload(string function, List<CelType> args, bool isMember)
    {
        var list = string.Join(", ", args);
        return function switch
        {
            Operators.Less or Operators.LessEquals or Operators.Greater or Operators.GreaterEquals or Operators.Equal or Operators.NotEquals
                => $"cannot compare {args[0]} with {args[1]}",
            Operators.Add => $"cannot add {args[0]} and {args[1]}",
            Operators.Subtract => $"cannot subtract {args[1]} from {args[0]}",
            Operators.Multiply or Operators.Divide or Operators.Modulo => $"cannot apply '{Operators.Display(function)}' to {args[0]} and {args[1]}",
            Operators.Negate or Operators.LogicalNot => $"cannot apply '{Operators.Display(function)}' to {args[0]}",
            Operators.Index => $"cannot index {args[0]} with {args[1]}",
            Operators.In => $"cannot look for {args[0]} in {args[1]}",
            _ when isMember => $"found no matching overload for '{function}' applied to {args[0]} with ({string.Join(", ", args.Skip(1))})",
            _ => $"found no matching overload for '{function}' applied to ({list})",
        };
    }
}
