using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;
using InclusionStandards.Reports.Html.Charts;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>What every section of one organisation's HTML report needs.</summary>
internal sealed record HtmlContext(Assessment Assessment, DisclosureControl Disclosure, ChartIds Ids, ReportOptions Options);
