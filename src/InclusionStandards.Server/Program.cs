using InclusionStandards.Server;

// The assessor's service. One command starts it with SQLite: dotnet run --project src/InclusionStandards.Server
var app = ServerApp.Build(args);
await ServerApp.PrepareAsync(app);
await app.RunAsync();
