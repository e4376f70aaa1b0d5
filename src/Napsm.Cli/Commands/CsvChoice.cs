namespace Napsm.Cli.Commands;

/// <summary>The <c>--table NAME</c> option of the commands that write CSV: it needs <c>--format csv</c> and a table the command has.</summary>
internal static class CsvChoice
{
    /// <summary>Throws a command-line error when <paramref name="table"/> is given without csv or names no table.</summary>
    public static void Check(string? table, string? format, IReadOnlyList<string> tables)
    {
        if (table is null) return;
        if (format != "csv") throw new CommandLineException("--table goes with --format csv.");
        if (!tables.Contains(table, StringComparer.Ordinal)) throw new CommandLineException($"unknown table '{table}'; use {string.Join(", ", tables)}.");
    }
}
