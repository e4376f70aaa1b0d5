using System.Globalization;
using System.Text.Json;
using Napsm.Core.Kernel;
using Napsm.Core.Model;
using Napsm.Core.Reporting;
using Napsm.Core.Scheduling;
using Napsm.Core.Serialization;
using Napsm.Core.Tests.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Tests.Reporting;

/// <summary>The power, schedule and treaty writers as a library user calls them (the CLI goldens pin their bytes).</summary>
public class ReportWriterTests
{
    private static (Design Design, Body Body, PowerReportSection Section) Council()
    {
        var design = ValidatorTests.Clean().Build();
        var body = design.FindBody("council")!;
        return (design, body, new PowerReportSection(VotingGame.ForBody(design, body).Analyze()));
    }

    [Fact]
    public void Power_json_names_the_body_and_gives_each_index_as_a_number_and_an_exact_fraction()
    {
        var (design, body, section) = Council();
        using var json = JsonDocument.Parse(PowerReport.Format(design, body, [section], PowerReportFormat.Json, PowerReportOptions.Default));
        var root = json.RootElement;
        Assert.Equal("d", root.GetProperty("design").GetString());
        Assert.Equal("council", root.GetProperty("body").GetString());
        Assert.Equal(2, root.GetProperty("voters").GetInt32());
        var a = root.GetProperty("members")[0];
        Assert.Equal(0.5, a.GetProperty("banzhaf").GetDouble());
        Assert.Equal("1/2", a.GetProperty("banzhafExact").GetString());
        Assert.True(a.GetProperty("veto").GetBoolean());
    }

    [Fact]
    public void Power_json_of_several_sections_is_one_array_and_shows_only_the_indices_asked_for()
    {
        var (design, body, section) = Council();
        var options = PowerReportOptions.Default with { Indices = PowerReportIndices.ShapleyShubik };
        using var json = JsonDocument.Parse(PowerReport.Format(design, body, [section with { Matter = "x" }, section with { Matter = "y" }], PowerReportFormat.Json, options));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(["x", "y"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("matter").GetString()));
        var member = json.RootElement[0].GetProperty("members")[0];
        Assert.True(member.TryGetProperty("shapleyShubik", out _));
        Assert.False(member.TryGetProperty("banzhaf", out _));
    }

    [Fact]
    public void Power_text_starts_with_the_heading_and_Write_gives_the_same_text_as_Format()
    {
        var (design, body, section) = Council();
        var text = PowerReport.Format(design, body, [section], PowerReportFormat.Text, PowerReportOptions.Default);
        Assert.StartsWith("Council (body council) in D (d)\nRule: consensus\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        PowerReport.Write(writer, design, body, [section], PowerReportFormat.Text, PowerReportOptions.Default);
        Assert.Equal(text, writer.ToString());
    }

    [Fact]
    public void Power_report_rejects_an_alignment_without_its_analysis_and_no_sections()
    {
        var (design, body, section) = Council();
        var alignment = new Alignment("bloc", [["a", "b"]]);
        Assert.Throws<ArgumentException>(() => PowerReport.Format(design, body, [section with { Alignment = alignment }], PowerReportFormat.Json, PowerReportOptions.Default));
        Assert.Throws<ArgumentException>(() => PowerReport.Format(design, body, [], PowerReportFormat.Json, PowerReportOptions.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerReport.Format(design, body, [section], (PowerReportFormat)7, PowerReportOptions.Default));
    }

    [Fact]
    public void Text_width_below_one_cell_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PowerReportOptions { Width = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduleReportOptions { Width = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TreatyReportOptions { Width = -1 });
    }

    [Fact]
    public void Schedule_json_of_a_design_without_events_is_consistent_and_empty()
    {
        var document = new DesignDocument(ValidatorTests.Clean().Build());
        var result = TemporalNetwork.FromDesign(document.Design).Analyze();
        using var json = JsonDocument.Parse(ScheduleReport.Format(document, result, ScheduleReportFormat.Json, ScheduleReportOptions.Default));
        Assert.True(json.RootElement.GetProperty("consistent").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("events").GetArrayLength());
        Assert.StartsWith("Schedule of d: consistent", ScheduleReport.Format(document, result, ScheduleReportFormat.Text, ScheduleReportOptions.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void Iso_dates_are_culture_invariant_and_zero_padded()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("0001-02-03", IsoDate.Format(new LocalDate(1, 2, 3)));
            Assert.Equal("-", IsoDate.Format((LocalDate?)null, "-"));
            Assert.Equal(new LocalDate(2007, 2, 13), IsoDate.Parse("2007-02-13").Value);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
