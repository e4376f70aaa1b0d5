using System.Globalization;
using System.Text;

namespace Napsm.Cli.Tests;

/// <summary>The CLI reads designs with the loader's default limits and reports exceeding one as unreadable input (exit code 2).</summary>
public class LimitsTests
{
    private static string Members(int count)
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < count; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i}\",\"name\":\"M\"}}");
        return sb.Append("]}").ToString();
    }

    [Fact]
    public void Check_of_a_design_over_the_member_limit_names_the_limit_and_exits_with_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"napsm-limits-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Members(10_001));
        try
        {
            var (exit, _, stderr) = CliRunner.Run("check", file);

            Assert.Equal(2, exit);
            Assert.Contains("more than 10000 members, the limit set by LoadOptions.MaxMembers", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_of_a_body_too_large_to_analyse_completes_and_says_what_was_not_computed()
    {
        var sb = new StringBuilder("{\"format\":1,\"id\":\"d\",\"name\":\"D\",\"members\":[");
        for (int i = 0; i < 300; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"id\":\"m{i}\",\"name\":\"M\",\"attributes\":{{\"w\":{i % 97 + 1}}}}}");
        sb.Append("],\"bodies\":[{\"id\":\"c\",\"name\":\"C\",\"voters\":[");
        for (int i = 0; i < 300; i++) sb.Append(i > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"\"m{i}\"");
        sb.Append("],\"rule\":{\"all\":[{\"atLeast\":\"55%\"},{\"weighted\":{\"by\":\"w\",\"atLeast\":\"65%\"}},{\"any\":[{\"moreThan\":\"2/3\"},{\"veto\":[\"m0\",\"m1\"]}]}]}}]}");
        var file = Path.Combine(Path.GetTempPath(), $"napsm-limits-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, sb.ToString());
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("check", file, "--format", "json");

            Assert.True(exit is 0 or 1, stderr);
            Assert.Contains("\"diagnostics\"", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
