using Parley;

// One executable, many verbs: `parley serve` (the default) runs the web application, the others work on the store.
return await ParleyCommandLine.RunAsync(args, Console.Out, Console.Error);
