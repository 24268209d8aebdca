using ChatBot.Host.Cli;

// The command line: `ask` (the main job), `bench`, `audit`; no verb starts the bot host.
var root = CommandLine.Build();
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
