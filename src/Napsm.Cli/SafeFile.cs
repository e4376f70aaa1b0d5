using System.Text;

namespace Napsm.Cli;

/// <summary>
/// Writes a file so that it is either as it was or wholly the new text, never something in between: the text goes to a new
/// temporary file in the same folder, is flushed to the disk (fsync), and only then renamed over the target (an atomic step
/// on one file system). A full disk, a file-size limit, a kill or a read-only target leave the original byte for byte.
/// </summary>
internal static class SafeFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/>; returns why not, or <see langword="null"/> on success.</summary>
    public static string? Write(string path, string text) => Write(path, text, CreateTemporary);

    /// <summary>As <see cref="Write(string, string)"/>, with the temporary file opened by <paramref name="create"/> (tests use it to fill the disk).</summary>
    internal static string? Write(string path, string text, Func<string, Stream> create)
    {
        string target;
        try
        {
            // Writing through a symbolic link replaces the file it points at, not the link.
            var info = new FileInfo(path);
            target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (IOException e)
        {
            return "cannot follow its symbolic link: " + e.Message;
        }

        if (Directory.Exists(target)) return "it is a directory";
        switch (Napsm.Core.Serialization.FileTypes.Of(target, out _))
        {
            // A device or a pipe (-o /dev/stdout, a FIFO) has no content to lose and cannot be renamed over: it is written directly.
            case Napsm.Core.Serialization.FileType.CharacterDevice or Napsm.Core.Serialization.FileType.Pipe:
                return WriteDirectly(target, text);
            case Napsm.Core.Serialization.FileType.BlockDevice or Napsm.Core.Serialization.FileType.Socket:
                return "it is not a regular file";
        }

        if (File.Exists(target) && (File.GetAttributes(target) & FileAttributes.ReadOnly) != 0) return "it is read-only";
        var folder = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(folder)) return $"its folder {folder} does not exist";

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.napsm-tmp");
        bool moved = false;
        try
        {
            using (var stream = create(temporary))
            {
                var bytes = Utf8.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
                else stream.Flush();
            }

            if (File.Exists(target) && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            File.Move(temporary, target, overwrite: true);
            moved = true;
            return null;
        }
#pragma warning disable CA1031 // Any failure (no space, EFBIG, permissions, an odd file system) leaves the original as it was and is reported.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Reason(e);
        }
        finally
        {
            if (!moved) TryDelete(temporary);
        }
    }

    private static string? WriteDirectly(string target, string text)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush();
            return null;
        }
#pragma warning disable CA1031 // As above: every failure is reported, none escapes as a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Reason(e);
        }
    }

    private static Stream CreateTemporary(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied (the folder is not writable)",
        // On Unix an I/O error's HResult is the errno: ENOSPC 28, EFBIG 27, EROFS 30.
        IOException { HResult: 28 } => "the disk is full",
        IOException { HResult: 27 } => "the file would exceed the file-size limit",
        // .NET reports EFBIG from a write as this exception ("Specified file length was too large for the file system").
        ArgumentOutOfRangeException => "the file would exceed the file-size limit",
        IOException { HResult: 30 } => "the file system is read-only",
        _ => e.Message,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind (its name says what it is); the target is untouched either way.
        }
    }
}
