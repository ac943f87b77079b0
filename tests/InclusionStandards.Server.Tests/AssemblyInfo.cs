// Each test starts its own server process; run them one at a time so that a load or kill test measures its own server,
// not its neighbours' (the machine has few cores).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
