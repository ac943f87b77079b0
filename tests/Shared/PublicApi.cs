using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace InclusionStandards.TestSupport;

/// <summary>
/// The public API of an assembly as sorted text, one line per public (or protected) type and member, C#-like with
/// nullability: the checked-in PublicAPI.txt of each library is compared with it. Shared by the test projects
/// (linked source).
/// </summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Generate(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add(TypeLine(type));
            lines.AddRange(Members(type).Select(m => $"{Name(type)}.{m}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines.Distinct()) + "\n";
    }

    private static string TypeLine(Type t)
    {
        var kind = t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (IsRecord(t) ? "record struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(t) ? "delegate" : IsRecord(t) ? "record" : "class";
        var modifiers = t.IsInterface || t.IsValueType || kind == "delegate" ? string.Empty
            : t.IsAbstract && t.IsSealed ? "static " : t.IsAbstract ? "abstract " : t.IsSealed ? "sealed " : string.Empty;
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && kind != "delegate")
        {
            bases.Add(Name(b));
        }

        var inherited = t.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(t.GetInterfaces().Where(i => !inherited.Contains(i) && i.IsPublic).Select(Name).Order(StringComparer.Ordinal));
        if (t.IsEnum)
        {
            bases = [Name(Enum.GetUnderlyingType(t))];
        }

        return $"{Name(t)} : public {modifiers}{kind}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type t)
    {
        var nullability = new NullabilityInfoContext();
        if (t.IsEnum)
        {
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{f.Name} = {Convert.ChangeType(f.GetRawConstantValue(), Enum.GetUnderlyingType(t), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var m in t.GetMembers(Declared).Where(Visible))
        {
            switch (m)
            {
                case ConstructorInfo c:
                    yield return $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c, nullability)})";
                    break;
                case MethodInfo me when !me.IsSpecialName || me.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{Access(me)}{Modifiers(me)}{Display(me.ReturnParameter, nullability)} {me.Name}{GenericArguments(me)}({Parameters(me, nullability)})";
                    break;
                case PropertyInfo p:
                    var accessors = new List<string>();
                    if (p.GetMethod is { } g && Visible(g))
                    {
                        accessors.Add("get;");
                    }

                    if (p.SetMethod is { } s && Visible(s))
                    {
                        accessors.Add(s.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init;" : "set;");
                    }

                    var required = p.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
                    var accessor = p.GetMethod ?? p.SetMethod!;
                    var index = p.GetIndexParameters() is { Length: > 0 } ip ? $"[{string.Join(", ", ip.Select(x => Display(x, nullability) + " " + x.Name))}]" : string.Empty;
                    yield return $"{Access(accessor)}{required}{Modifiers(accessor)}{Display(nullability.Create(p), p.PropertyType)} {p.Name}{index} {{ {string.Join(" ", accessors)} }}";
                    break;
                case FieldInfo f when !f.IsSpecialName:
                    var constant = f.IsLiteral ? $" = {Literal(f.GetRawConstantValue())}" : string.Empty;
                    var fieldModifiers = f.IsLiteral ? "const " : (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
                    yield return $"{Access(f)}{fieldModifiers}{Display(nullability.Create(f), f.FieldType)} {f.Name}{constant}";
                    break;
                case EventInfo e:
                    yield return $"public event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MemberInfo m) => !m.Name.Contains('<', StringComparison.Ordinal) && m switch
    {
        MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => (p.GetMethod is { } g && Visible(g)) || (p.SetMethod is { } s && Visible(s)),
        EventInfo e => e.AddMethod is { } a && Visible(a),
        _ => false,
    };

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m)
    {
        if (m.IsStatic)
        {
            return "static ";
        }

        if (m.DeclaringType!.IsInterface)
        {
            return m.IsAbstract ? string.Empty : "virtual ";
        }

        if (m.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = m.GetBaseDefinition() != m;
        return overrides ? (m.IsFinal ? "sealed override " : "override ") : m.IsVirtual && !m.IsFinal ? "virtual " : string.Empty;
    }

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase m, NullabilityInfoContext nullability) => string.Join(", ", m.GetParameters().Select(p =>
    {
        var prefix = p.Position == 0 && m.IsDefined(typeof(ExtensionAttribute)) ? "this " : string.Empty;
        prefix += p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        prefix += p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : string.Empty;
        var value = p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty;
        return $"{prefix}{Display(p, nullability)} {p.Name}{value}";
    }));

    private static string Display(ParameterInfo p, NullabilityInfoContext nullability) =>
        Display(nullability.Create(p), p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType);

    private static string Display(NullabilityInfo info, Type type) =>
        Name(type) + (!type.IsValueType && (info.ReadState == NullabilityState.Nullable || info.WriteState == NullabilityState.Nullable) ? "?" : string.Empty);

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty) + t.Name;
        var tick = name.LastIndexOf('`');
        if (tick < 0)
        {
            return name;
        }

        var own = t.GetGenericArguments().Skip(t.IsNested ? t.DeclaringType!.GetGenericArguments().Length : 0);
        return name[..tick] + "<" + string.Join(", ", own.Select(Name)) + ">";
    }
}
