using ChatBot.Host.Cli;

// The command line: `ask` (the main job), `bench`, `audit`; no verb starts the bot host.
return await CommandLine.RunAsync(args).ConfigureAwait(false);
