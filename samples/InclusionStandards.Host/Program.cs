using System.Text.Json;
using System.Text.Json.Serialization;
using InclusionStandards.Host;

// A minimal host embedding InclusionStandards: the standards are compiled once, at start (a broken standards file
// or bad option stops the start, listing every error); each request is a cheap evaluation.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInclusionStandards(options => builder.Configuration.GetSection("InclusionStandards").Bind(options));
builder.Services.AddSingleton<AssessmentStore>();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks().AddCheck<StandardsHealthCheck>("standards");
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));

var app = builder.Build();
app.UseExceptionHandler();
app.MapPost("/assessments", AssessmentEndpoints.Create);
app.MapGet("/assessments/{id}", AssessmentEndpoints.Get);
app.MapGet("/assessments/{id}/report", AssessmentEndpoints.Report);
app.MapGet("/standards", StandardsEndpoint.Catalog);
app.MapHealthChecks("/health");
app.Run();
