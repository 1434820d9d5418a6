using Parley.Soak;

// parley-soak load BASE_URL TOKEN SECONDS CLIENTS OUT_DIR   drive the server, write OUT_DIR/acknowledged.tsv and summary.txt
// parley-soak check EXPORT.json OUT_DIR                       compare the store's export with what was acknowledged
return args switch
{
    ["load", var url, var token, var seconds, var clients, var dir] =>
        await SoakLoad.RunAsync(new Uri(url), token, TimeSpan.FromSeconds(int.Parse(seconds)), int.Parse(clients), dir),
    ["check", var export, var dir] => SoakCheck.Run(export, dir),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: parley-soak load BASE_URL TOKEN SECONDS CLIENTS OUT_DIR | parley-soak check EXPORT.json OUT_DIR");
    return 2;
}
