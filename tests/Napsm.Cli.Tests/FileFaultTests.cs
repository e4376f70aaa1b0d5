using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Napsm.Cli.Tests;

/// <summary>
/// Files that fight back: <c>format --in-place</c> and <c>new -o</c> never leave a half-written file (kill, file-size limit, full
/// disk, read-only target), and the loader refuses what is not a design file with a clear error and exit code 2.
/// Linux only: the faults are Linux's (statx file types, /dev/full, setpriv, ulimit).
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FileFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("napsm-faults-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A valid design that is not in the canonical form (one line, odd spacing), of about <paramref name="members"/> × (60 + <paramref name="padding"/>) bytes.</summary>
    private static string Design(int members, int padding = 0)
    {
        var sb = new StringBuilder("{ \"format\" : 1, \"id\" : \"big\", \"name\" : \"Big\", \"members\" : [");
        var pad = new string('x', padding);
        for (int i = 0; i < members; i++)
        {
            sb.Append(i > 0 ? " , " : "").Append(CultureInfo.InvariantCulture, $"{{ \"id\" : \"m{i}\" , \"name\" : \"Member number {i} {pad}\" }}");
        }

        return sb.Append("] }").ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ProcessStartInfo Tool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "napsm.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static ProcessStartInfo Shell(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("bash");
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private static (int Exit, string Out, string Err) Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the process did not finish within two minutes");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Format_in_place_killed_at_any_moment_leaves_the_original_or_the_whole_canonical_text()
    {
        // About 14 MB (under the 16 MiB limit), so that writing it takes a while.
        var original = Design(9_000, padding: 1_500);
        var canonical = Formatted(original);
        var path = Write("kill.json", original);
        var clock = Stopwatch.StartNew();
        using (var whole = Process.Start(Tool("format", path, "--in-place"))!) Assert.Equal(0, Finish(whole).Exit);
        var duration = clock.Elapsed;
        Assert.Equal(canonical, File.ReadAllText(path));

        var outcomes = new List<string>();
        // Kills spread over a whole run, start-up to the last write: before the fix a kill during File.WriteAllText left an empty or cut file.
        for (int trial = 1; trial <= 16; trial++)
        {
            File.WriteAllText(path, original);
            using var process = Process.Start(Tool("format", path, "--in-place"))!;
            Thread.Sleep(duration * trial / 16);
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It had already finished: then the file must be the canonical text.
            }

            process.WaitForExit();
            var now = File.ReadAllText(path);
            Assert.True(now == original || now == canonical, $"trial {trial}: the file is neither the original nor the formatted text ({now.Length} characters)");
            outcomes.Add(now == original ? "original" : "formatted");
        }

        Assert.Contains("original", outcomes);
    }

    [Fact]
    public void Format_in_place_under_a_file_size_limit_fails_with_exit_2_and_keeps_the_original()
    {
        var original = Design(2_000);
        var path = Write("limit.json", original);

        // ulimit -f counts 1024-byte blocks: 16 KiB is less than the formatted design (about 120 KiB). SIGXFSZ is ignored, as a shell
        // in a CI runner may have it, so that the write fails with EFBIG instead of the signal ending the process. The runtime's
        // write-xor-execute double mapping needs a file larger than the limit, so it is off here (it changes nothing else).
        var start = Shell("trap '' XFSZ; ulimit -f 16; exec dotnet \"$1\" format \"$2\" --in-place", Path.Combine(AppContext.BaseDirectory, "napsm.dll"), path);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var (exit, _, error) = Finish(process);

        Assert.Equal(2, exit);
        Assert.Contains("cannot write the file: the file would exceed the file-size limit; it is unchanged.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Format_in_place_ended_by_the_file_size_signal_keeps_the_original()
    {
        var original = Design(2_000);
        var path = Write("signal.json", original);

        var start = Shell("ulimit -f 16; exec dotnet \"$1\" format \"$2\" --in-place", Path.Combine(AppContext.BaseDirectory, "napsm.dll"), path);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var (exit, _, _) = Finish(process);

        Assert.Equal(128 + 25, exit); // SIGXFSZ ended it mid-write
        Assert.Equal(original, File.ReadAllText(path));
    }

    [Fact]
    public void Format_in_place_on_a_full_disk_keeps_the_original_and_leaves_no_temporary_file()
    {
        var path = Write("full.json", "{\"format\":1,\"id\":\"d\",\"name\":\"D\"}");
        var before = File.ReadAllBytes(path);

        var problem = SafeFile.Write(path, new string('x', 100_000), temporary => new FillingStream(File.Create(temporary), room: 4096));

        Assert.Equal("the disk is full", problem);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void New_written_to_a_full_device_fails_with_exit_2_and_a_clear_reason()
    {
        var (exit, _, error) = CliRunner.Run("new", "forum", "-o", "/dev/full", "--force");

        Assert.Equal(2, exit);
        Assert.Equal("/dev/full: error: cannot write the file: the disk is full; it is unchanged.\n", error);
        Assert.Equal(0, new FileInfo("/dev/full").Length); // still the device, not a file renamed over it
    }

    [Fact]
    public void Format_in_place_on_a_read_only_file_fails_with_exit_2_and_leaves_it_untouched()
    {
        var original = Design(3);
        var path = Write("readonly.json", original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (exit, _, error) = CliRunner.Run("format", path, "--in-place");

        Assert.Equal(2, exit);
        Assert.EndsWith(": error: cannot write the file: it is read-only; it is unchanged.\n", error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllText(path));
    }

    [Fact]
    public void New_writes_a_file_that_does_not_exist_yet_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "fresh.json");

        var (exit, output, error) = CliRunner.Run("new", "forum", "-o", path);

        Assert.True(exit == 0, error);
        Assert.StartsWith("wrote ", output, StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(_folder));
        Assert.Equal(0, CliRunner.Run("check", path).Exit);
    }

    [Fact]
    public void Format_in_place_keeps_the_file_mode_and_writes_through_a_symbolic_link()
    {
        var path = Write("target.json", Design(3));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(_folder, "link.json");
        File.CreateSymbolicLink(link, path);

        var (exit, _, error) = CliRunner.Run("format", link, "--in-place");

        Assert.True(exit == 0, error);
        Assert.Equal(Formatted(Design(3)), File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    private static string Formatted(string design)
    {
        var (exit, output, error) = CliRunner.Run("format", WriteTemp(design));
        Assert.True(exit == 0, error);
        return output;
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"napsm-format-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_of_a_directory_says_it_is_a_directory()
    {
        var (exit, _, error) = CliRunner.Run("check", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("error: cannot read the file: it is a directory, not a design file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void Check_of_a_device_is_refused_without_reading_it(string device)
    {
        var (exit, _, error) = CliRunner.Run("check", device);

        Assert.Equal(2, exit);
        Assert.Contains("cannot read the file: it is a device, not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_named_pipe_nobody_writes_to_gives_up_with_a_clear_error()
    {
        var fifo = Path.Combine(_folder, "pipe");
        using (var mk = Process.Start(new ProcessStartInfo("mkfifo", fifo))!) await mk.WaitForExitAsync();

        // Bounded, so that a regression fails the test instead of hanging the run.
        var (exit, _, error) = await Task.Run(() => CliRunner.Run("check", fifo)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains("cannot read the file: it is a named pipe and nothing opened it for writing within 0.5 s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reads_a_design_from_a_pipe_with_a_writer()
    {
        using var process = Process.Start(Shell(
            "dotnet \"$1\" new forum -o - | dotnet \"$1\" check /dev/stdin --fail-on error", Path.Combine(AppContext.BaseDirectory, "napsm.dll")))!;
        var (exit, output, error) = Finish(process);

        Assert.True(exit == 0, error);
        Assert.Contains("forum: 0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_symbolic_link_loop_says_so()
    {
        var a = Path.Combine(_folder, "a.json");
        var b = Path.Combine(_folder, "b.json");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var (exit, _, error) = CliRunner.Run("check", a);

        Assert.Equal(2, exit);
        Assert.Contains("cannot read the file: its path has a loop of symbolic links", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_an_unreadable_file_says_permission_denied()
    {
        var path = Write("secret.json", Design(1));
        File.SetUnixFileMode(path, UnixFileMode.None);
        // Root reads any file: the check then runs as the unprivileged user "nobody", who cannot.
        bool root = Environment.UserName == "root";
        File.SetUnixFileMode(_folder, File.GetUnixFileMode(_folder) | UnixFileMode.OtherExecute | UnixFileMode.OtherRead);
        using var process = Process.Start(root
            ? Shell("exec setpriv --reuid=65534 --regid=65534 --clear-groups dotnet \"$1\" check \"$2\"", Path.Combine(AppContext.BaseDirectory, "napsm.dll"), path)
            : Tool("check", path))!;
        var (exit, _, error) = Finish(process);

        Assert.Equal(2, exit);
        Assert.Contains("cannot read the file: permission denied", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_sparse_2_GB_file_is_refused_by_its_size_without_reading_it()
    {
        var path = Path.Combine(_folder, "sparse.json");
        using (var stream = File.Create(path)) stream.SetLength(2L * 1024 * 1024 * 1024);

        var (exit, _, error) = CliRunner.Run("check", path);

        Assert.Equal(2, exit);
        Assert.Contains("the input has 2147483648 bytes, more than 16777216", error, StringComparison.Ordinal);
    }

    /// <summary>A stream with room for <paramref name="room"/> bytes, then "No space left on device" (ENOSPC), as a full disk answers.</summary>
    private sealed class FillingStream(Stream inner, int room) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            int fits = (int)Math.Max(0, Math.Min(count, room - _written));
            inner.Write(buffer, offset, fits);
            _written += fits;
            if (fits < count) throw new IOException("No space left on device", 28);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
