using Napsm.Cli;
using Napsm.Cli.Commands;
using Napsm.Core.Reporting;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;

namespace Napsm.Cli.Tests;

public class GraphAndNewCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private static string Seed(string name) => RepoPaths.Of("seeds", name);

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "napsm-new-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Theory]
    [InlineData("dot", "bodies", GraphFormat.Dot, GraphView.Bodies)]
    [InlineData("mermaid", "phases", GraphFormat.Mermaid, GraphView.Phases)]
    [InlineData("dot", "treaties", GraphFormat.Dot, GraphView.Treaties)]
    public void Graph_writes_the_library_drawing_to_standard_output(string format, string view, GraphFormat f, GraphView v)
    {
        var (code, output, error) = Run("graph", Seed("napsm-b-osce-like.json"), "--format", format, "--view", view);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(DesignGraph.Write(DesignJson.Load(Seed("napsm-b-osce-like.json")).Design, v, f), output);
    }

    [Fact]
    public void Graph_with_an_alignment_draws_the_library_clusters_and_refuses_what_it_cannot_draw()
    {
        var seed = Seed("napsm-c-treaty-organisation.json");
        var (code, output, error) = Run("graph", seed, "--view", "bodies", "--alignment", "coordination", "--format", "mermaid");
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(DesignGraph.Write(DesignJson.Load(seed).Design, GraphView.Bodies, GraphFormat.Mermaid, false, "coordination"), output);
        Assert.Contains("subgraph cluster_bloc_0 [\"bloc 1 of coordination\"]", output, StringComparison.Ordinal);

        var unknown = Run("graph", seed, "--view", "bodies", "--alignment", "nato");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("no alignment 'nato' in design 'napsm-c-treaty-organisation'. Alignments: coordination.", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, Run("graph", seed, "--view", "phases", "--alignment", "coordination").Code);
        Assert.Equal(2, Run("graph", seed, "--view", "bodies", "--alignment", "coordination", "--format", "html").Code);
    }

    [Fact]
    public void Graph_defaults_to_dot_of_the_phases()
    {
        var (code, output, _) = Run("graph", Seed("napsm-b-osce-like.json"));
        Assert.Equal(0, code);
        Assert.StartsWith("digraph napsm {\n  graph [label=\"NAPSM alternative B: an inclusive, OSCE-like organisation — phases\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "png")]
    [InlineData("--view", "members")]
    [InlineData("--colour")]
    public void Graph_rejects_a_wrong_option_with_exit_code_2(params string[] extra)
    {
        var (code, output, error) = Run(["graph", Seed("napsm-b-osce-like.json"), .. extra]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("napsm graph: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_without_a_file_is_a_usage_error()
    {
        var (code, _, error) = Run("graph");
        Assert.Equal(2, code);
        Assert.Equal("napsm graph: missing FILE: the design file to draw.\nRun 'napsm graph --help' for usage.\n", error);
    }

    [Fact]
    public void Graph_of_a_missing_file_reports_a_load_error_with_exit_code_2()
    {
        var (code, output, error) = Run("graph", "no-such-file.json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("no-such-file.json(", error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_writes_a_starter_that_loads_and_has_no_error_or_warning()
    {
        var dir = TempDir();
        try
        {
            var path = Path.Combine(dir, "forum.json");
            var (code, output, error) = Run("new", "Northeast Asia Forum", "--output", path);
            Assert.Equal(0, code);
            Assert.Equal("", error);
            Assert.Equal($"wrote {path}: design 'northeast-asia-forum'. Next: napsm check {path}\n", output);
            var doc = DesignJson.Load(path);
            Assert.Equal("Northeast Asia Forum", doc.Design.Name);
            var report = new DesignValidator().Validate(doc);
            Assert.True(report.Diagnostics.All(d => d.Severity == Severity.Info), ReportWriter.Format([report], ReportFormat.Text));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void New_to_standard_output_writes_the_canonical_form()
    {
        var (code, output, _) = Run("new", "forum", "-o", "-");
        Assert.Equal(0, code);
        Assert.Equal(DesignJson.Serialize(DesignJson.Parse(output)), output);
    }

    [Fact]
    public void New_refuses_to_overwrite_without_force()
    {
        var dir = TempDir();
        try
        {
            var path = Path.Combine(dir, "x.json");
            File.WriteAllText(path, "keep");
            var (code, _, error) = Run("new", "x", "--output", path);
            Assert.Equal(2, code);
            Assert.Equal($"napsm new: {path} already exists; use --force to overwrite it or --output to choose another file.\n", error);
            Assert.Equal("keep", File.ReadAllText(path));
            Assert.Equal(0, Run("new", "x", "--output", path, "--force").Code);
            Assert.NotEqual("keep", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Northeast Asia Forum", "northeast-asia-forum")]
    [InlineData("ASEAN_Plus.3", "asean_plus-3")]
    [InlineData("Sécurité", "sécurité")]
    public void New_derives_the_id_from_the_name(string name, string id) => Assert.Equal(id, NewCommand.IdFor(name));

    [Fact]
    public void New_without_a_name_is_a_usage_error()
    {
        Assert.Equal(2, Run("new").Code);
        Assert.Equal(2, Run("new", "!!!", "-o", "-").Code);
    }
}
