using System.Text;
using NaftaTracker.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, Console.Out, Console.Error);
