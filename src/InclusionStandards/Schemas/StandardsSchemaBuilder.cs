using System.Text.Json.Nodes;
using static InclusionStandards.Schemas.S;

namespace InclusionStandards.Schemas;

/// <summary>Builds the JSON Schema of standards files (every kind, discriminated by <c>kind</c>).</summary>
internal static class StandardsSchemaBuilder
{
    private static readonly string[] HeaderRequired = ["kind", "id", "version", "title", "status", "sources"];

    public static JsonObject Build()
    {
        var defs = new JsonObject
        {
            ["source"] = Obj("A published document the standard draws on.", ["id", "document", "publisher", "year"],
                ("id", Id("The id items cite it by.")), ("document", Str("The document title.")), ("publisher", Str("Who published it.")),
                ("year", Int("Year of publication.")), ("section", Str("Section the whole standard draws on (optional).")), ("url", Str("URL (optional)."))),
            ["citation"] = Obj("A citation of one of the file's sources.", ["ref"], ("ref", Id("The id of a source in the file's `sources`.")), ("section", Str("Section, page or recommendation cited."))),
            ["citations"] = Array(Ref("citation"), "Sources cited (at least one)."),
            ["status"] = Enum("Life-cycle status; `draft` marks content not verified against the published source.", "draft", "proposed", "published", "retired"),
            ["condition"] = Str("A condition in the CEL subset (docs/conditions.md)."),
            ["criterion"] = Criterion(),
            ["criteria"] = Array(Ref("criterion"), "Criteria."),
        };
        var kinds = new (string Kind, (string, JsonNode)[] Props, string[] Required)[]
        {
            ("taxonomy", [("vocabularies", Array(Vocabulary(), "Vocabularies."))], ["vocabularies"]),
            ("evidence-schema", [("types", new JsonObject { ["type"] = "object", ["description"] = "Declared types by name.", ["additionalProperties"] = EvidenceType() }),
                ("root", new JsonObject { ["type"] = "object", ["description"] = "Root fields of an evidence file.", ["additionalProperties"] = Field() })], ["types", "root"]),
            ("scoring", Scoring(), ["method"]),
            ("framework", Framework(), []),
            ("objectives", Objectives(), []),
            ("domain", Domain(), ["keyQuestion", "statements"]),
            ("indicators", [("indicators", Array(Indicator(), "Indicators."))], ["indicators"]),
            ("actions", [("actions", Array(Item("A dated commitment.", ("due", Str("Due date, YYYY-MM-DD.")), ("criteria", Ref("criteria"))), "Actions."))], ["actions"]),
            ("rules", [("rules", Array(Rule(), "Rules."))], ["rules"]),
        };
        var allOf = new JsonArray();
        foreach (var (kind, props, required) in kinds)
        {
            var all = new (string, JsonNode)[]
            {
                ("kind", new JsonObject { ["const"] = kind, ["description"] = "The kind of document." }),
                ("id", Id("Kebab-case id, unique across the catalog.")), ("version", Str("SemVer 2.0 version, e.g. 0.1.0.")),
                ("title", Str("Title.")), ("status", Ref("status")), ("summary", Str("One paragraph in our own words.")),
                ("sources", Array(Ref("source"), "Documents the standard draws on; items cite them by id.")),
            }.Concat(props).ToArray();
            defs[kind] = Obj($"A `{kind}` document.", HeaderRequired.Concat(required), all);
            allOf.Add(new JsonObject { ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } } }, ["then"] = Ref(kind) });
        }

        var body = new JsonObject
        {
            ["description"] = "An InclusionStandards standards file (docs/standards-format.md).",
            ["type"] = "object",
            ["required"] = new JsonArray("kind"),
            ["properties"] = new JsonObject { ["kind"] = Enum("The kind of document.", [.. kinds.Select(k => k.Kind)]) },
            ["allOf"] = allOf,
        };
        return Document("https://inclusionstandards.example/schemas/standards.schema.json", "InclusionStandards standards file", defs, body);
    }

    private static JsonObject Criterion() => Obj("A criterion: what is assessed and when it is met.", ["id", "title", "statement", "met", "sources"],
        ("id", Id("Kebab-case id.")), ("title", Str("Short title.")), ("statement", Str("What it assesses, in our words.")),
        ("for", Obj("Evaluate once per element of a root list.", ["each", "as"], ("each", Str("A root list field of the evidence schema.")), ("as", Str("The element's variable name.")))),
        ("applies", Ref("condition")), ("met", Ref("condition")), ("partiallyMet", Ref("condition")),
        ("category", Str("Domain criteria: the evidence category.")), ("weight", Num("Weight in scoring (default 1).")), ("status", Ref("status")),
        ("whenEmpty", Enum("Roll-up outcome when the `for` list is empty (default not-applicable).", "met", "partially-met", "not-met", "insufficient-evidence", "not-applicable")),
        ("action", Str("What to do when it is not met or partly met, in plain English; shown in reports and the draft action plan. Written with `owner`.")),
        ("owner", Str("The role that owns the action: a term of the `owner-roles` vocabulary.")),
        ("score", Str("An evidence path whose number is the criterion's own score (a scheme with `criterionScores`); the met condition reads it.")),
        ("sources", Ref("citations")));

    private static JsonObject Rule()
    {
        var pattern = Obj("Matches each element of a root list for which `where` holds.", ["each", "as"],
            ("each", Str("A root list field of records.")), ("as", Str("The element's variable name (later patterns and `where` use it).")), ("where", Ref("condition")));
        var negated = Obj("Holds when no element of the list matches.", ["not"], ("not", pattern.DeepClone()));
        return Obj("A rule: for each match of its patterns it derives a finding that can only lower a criterion's outcome.", ["id", "when", "then"],
            ("id", Id("Kebab-case id.")), ("description", Str("What the rule is for.")), ("salience", Int("Orders the reasons of several rules on one criterion (higher first).")),
            ("when", Array(new JsonObject { ["oneOf"] = new JsonArray(pattern, negated) }, "Patterns, in order.")),
            ("then", Obj("What each match derives.", ["derive"], ("derive", Obj("A finding on a criterion.", ["type", "criterion", "outcome", "reason"],
                ("type", Enum("The derived type.", "Finding")), ("criterion", Id("The criterion the finding is about.")),
                ("outcome", Enum("The outcome it gives; a rule can only lower an outcome.", "not-met", "partially-met")),
                ("reason", Str("Why, in words (shown with the result).")),
                ("element", Str("The variable of a pattern over the criterion's `for` list: the finding is then about that element.")))))));
    }

    private static JsonObject Item(string description, params (string, JsonNode)[] extra) =>
        Obj(description, ["id", "title", "sources"], [("id", Id("Kebab-case id.")), ("number", new JsonObject { ["description"] = "Published number." }),
            ("title", Str("Title.")), ("statement", Str("Statement, in our words.")), ("description", Str("Description.")), ("status", Ref("status")), ("sources", Ref("citations")), .. extra]);

    private static JsonObject Vocabulary() => Obj("A vocabulary.", ["id", "title", "terms"], ("id", Id("Kebab-case id.")), ("title", Str("Title.")),
        ("description", Str("Description.")), ("sources", Ref("citations")),
        ("terms", Array(Obj("A term.", ["id", "label"], ("id", Id("The value written in evidence.")), ("label", Str("Label.")), ("description", Str("Description.")), ("sources", Ref("citations"))), "Terms.")));

    private static JsonObject Field() => Obj("A field.", ["type"], ("type", Str("bool, int, double, string, timestamp, duration, list<T>, map<string, T> or a type name.")),
        ("description", Str("Description (required on root fields).")), ("unit", Str("Unit.")), ("allowed", Array(Str("Value."), "Allowed values.")),
        ("vocabulary", Id("A taxonomy vocabulary whose term ids are the allowed values.")), ("min", Num("Minimum.")), ("max", Num("Maximum.")),
        ("atMost", Str("A numeric sibling field this one can never exceed (e.g. appointed: atMost: shortlisted), or a path from the evidence root (staffSurvey.respondents; * stands for the name of the field holding this record). On a record field: a record of the same type whose every number bounds the same number of this one.")),
        ("usuallyAtMost", Str("A figure this one is normally within but may exceed (counted at another time): a sibling field or a path from the evidence root, * standing for the name of the field holding this record. Evidence above it gets a warning.")),
        ("shareOf", Str("For a share in percent: the numeric sibling field counting those it is a share of (rate: shareOf: base). A share of 0 people is refused.")),
        ("group", Str("Fields with the same atMost and group are parts of one breakdown: their sum can never exceed atMost either. Shares in percent with a group and no atMost are parts of one whole: their sum cannot exceed 100.")),
        ("sensitive", Bool("Never echoed in reports, logs or diagnostics.")), ("protected", Bool("A protected characteristic of a person.")));

    private static JsonObject EvidenceType() => Obj("An evidence type.", ["description", "fields"], ("description", Str("Description.")),
        ("key", Str("The string field that identifies an element.")), ("fields", new JsonObject { ["type"] = "object", ["description"] = "Fields by name.", ["additionalProperties"] = Field() }));

    private static (string, JsonNode)[] Scoring()
    {
        var band = Obj("A band [from, to).", ["label", "from", "to"], ("label", Str("Label.")), ("from", Num("Inclusive lower bound.")), ("to", Num("Exclusive upper bound (inclusive for the last band).")), ("meaning", Str("What the rating means, in plain English.")));
        return
        [
            ("method", Enum("How outcomes become a score.", "levels", "sum", "proportion")),
            ("outcomeValues", Obj("Values of scored outcomes.", [], ("met", Num("Value of met.")), ("partially-met", Num("Value of partially met.")), ("not-met", Num("Value of not met.")))),
            ("levels", Array(Obj("A level.", ["score", "label", "from", "to"], ("score", Int("Level score.")), ("label", Str("Label.")), ("from", Num("Inclusive lower bound.")), ("to", Num("Exclusive upper bound."))), "Levels.")),
            ("aggregate", Enum("How level scores combine.", "percentage", "sum", "mean")),
            ("ratings", Array(band, "Rating bands on the aggregate.")),
            ("criterionScores", Obj("Sum method: the range of criteria's own scores (their `score` evidence).", ["min", "max"], ("min", Num("Lowest score.")), ("max", Num("Highest score.")))),
            ("limiters", Array(Obj("A cap on the rating.", ["when", "capAt"], ("when", Ref("condition")), ("capAt", Str("Highest rating label allowed.")), ("description", Str("Description."))), "Limiters.")),
        ];
    }

    private static (string, JsonNode)[] Framework() =>
    [
        ("scoring", Id("The scoring scheme id.")),
        ("ratingScale", Obj("The self-assessment scale.", ["id", "levels"], ("id", Id("Id.")),
            ("levels", Array(Obj("A level.", ["id", "label"], ("id", Id("Id.")), ("label", Str("Label.")), ("value", Num("Value; absent when not scored."))), "Levels.")))),
        ("roles", Array(Obj("Role applicability.", ["role", "domains"], ("role", Str("Board role.")), ("domains", Array(Id("Domain id."), "Domains that apply."))), "Roles.")),
        ("domains", Array(Item("A framework domain."), "Domains.")),
        ("criteria", Ref("criteria")),
    ];

    private static (string, JsonNode)[] Objectives() =>
    [
        ("scoring", Id("The scoring scheme id.")),
        ("coverage", Obj("How coverage is read from evidence.", ["each", "as", "field"], ("each", Str("Root list.")), ("as", Str("Variable.")), ("field", Str("Field listing objective ids.")))),
        ("objectives", Array(Item("An objective."), "Objectives.")),
        ("ways", Array(Item("A way.", ("criteria", Ref("criteria"))), "Ways.")),
        ("criteria", Ref("criteria")),
    ];

    private static (string, JsonNode)[] Domain() =>
    [
        ("keyQuestion", Str("The key question.")), ("scoring", Id("The scoring scheme id.")),
        ("evidenceCategories", Array(Str("Category."), "Evidence categories criteria may use.")),
        ("statements", Array(Item("A quality statement.", ("criteria", Ref("criteria"))), "Quality statements.")),
    ];

    private static JsonObject Indicator() => Item("An indicator.",
        ("unit", Enum("Unit of the value.", "ratio", "percent", "percentage-points", "count", "score")), ("value", Ref("condition")),
        ("band", Obj("Non-adverse band (inclusive).", ["from", "to"], ("from", Num("Lower bound.")), ("to", Num("Upper bound.")))),
        ("target", Num("Target value.")), ("adverse", Enum("Which side is adverse.", "above", "below", "outside")),
        ("action", Str("With a band: what to do when the value is outside it; written with `owner`.")),
        ("owner", Str("The role that owns the action: a term of the `owner-roles` vocabulary.")));
}
