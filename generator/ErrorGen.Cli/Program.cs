return ErrorGen.Cli.ErrorGenCli.Run(args);
