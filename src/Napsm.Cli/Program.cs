using Napsm.Cli;

CliApp.StartupTime = ProcessAge();
return await CliApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);

// The time between the process's start and now; zero where the platform cannot say.
static TimeSpan ProcessAge()
{
    try
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var age = DateTime.Now - self.StartTime;
        return age > TimeSpan.Zero && age < TimeSpan.FromMinutes(1) ? age : TimeSpan.Zero;
    }
    catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
    {
        return TimeSpan.Zero;
    }
}
