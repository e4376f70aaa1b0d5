using System.Globalization;
using System.Runtime.InteropServices;

namespace Napsm.Core.Serialization;

/// <summary>
/// Reads a design file's bytes without ever reading more than the limit or waiting on a file that never ends: only regular files
/// and pipes are read; a directory, a device (<c>/dev/zero</c>), a socket, a symlink loop or an unreadable file is refused with a
/// reason of its own; a named pipe nobody writes to is given up on after <see cref="PipeWait"/>.
/// </summary>
internal static class DesignFileReader
{
    /// <summary>How long a named pipe may wait for a writer before the read is refused.</summary>
    public static readonly TimeSpan PipeWait = TimeSpan.FromMilliseconds(500);

    /// <summary>The file's bytes (at most <paramref name="maxBytes"/> + 1, so that a larger file is seen to be larger), or why not.</summary>
    public static byte[]? Read(string path, long maxBytes, out string? problem)
    {
        problem = null;
        var kind = FileTypes.Of(path, out var statProblem);
        if (statProblem is not null)
        {
            problem = statProblem;
            return null;
        }

        switch (kind)
        {
            case FileType.Directory:
                problem = "it is a directory, not a design file";
                return null;
            case FileType.CharacterDevice or FileType.BlockDevice:
                problem = "it is a device, not a regular file (a design file is a regular file or a pipe)";
                return null;
            case FileType.Socket:
                problem = "it is a socket, not a regular file (a design file is a regular file or a pipe)";
                return null;
        }

        if (kind == FileType.Unknown && Directory.Exists(path))
        {
            problem = "it is a directory, not a design file";
            return null;
        }

        try
        {
            using var stream = kind == FileType.Pipe ? OpenPipe(path, out problem) : Open(path);
            if (stream is null) return null;
            return ReadCapped(stream, maxBytes);
        }
        catch (FileNotFoundException)
        {
            problem = "the file does not exist";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "the file does not exist (its folder is missing)";
        }
        catch (UnauthorizedAccessException)
        {
            problem = Directory.Exists(path) ? "it is a directory, not a design file" : "permission denied";
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problem = e.Message;
        }

        return null;
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>
    /// Opening a named pipe blocks until a writer opens it; the open runs on a worker, and when no writer has come after
    /// <see cref="PipeWait"/> this side opens the pipe for writing itself, which releases the worker, and refuses the input.
    /// </summary>
    private static FileStream? OpenPipe(string path, out string? problem)
    {
        problem = null;
        var opening = Task.Run(() => Open(path));
        if (((IAsyncResult)opening).AsyncWaitHandle.WaitOne(PipeWait)) return opening.GetAwaiter().GetResult();
        try
        {
            using var release = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The worker stays blocked until a writer comes; nothing else can be done for it.
        }

        if (((IAsyncResult)opening).AsyncWaitHandle.WaitOne(TimeSpan.FromMilliseconds(100)) && opening.IsCompletedSuccessfully)
        {
            opening.Result.Dispose();
        }

        problem = string.Create(CultureInfo.InvariantCulture,
            $"it is a named pipe and nothing opened it for writing within {PipeWait.TotalSeconds:0.#} s");
        return null;
    }

    private static byte[] ReadCapped(FileStream stream, long maxBytes)
    {
        // One byte past the limit is enough to know the input is too large; a regular file's length sizes the buffer.
        long cap = maxBytes + 1;
        long expected = stream.CanSeek ? Math.Min(stream.Length, cap) : Math.Min(cap, 64 * 1024);
        using var buffer = new MemoryStream((int)Math.Min(expected, int.MaxValue - 64));
        var chunk = new byte[64 * 1024];
        while (buffer.Length < cap)
        {
            int n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length));
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}

/// <summary>What kind of file system entry a path names, after following symbolic links.</summary>
internal enum FileType
{
    /// <summary>The platform cannot tell (not Linux): the reader relies on what opening the file reports.</summary>
    Unknown,
    Regular,
    Directory,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>The type of a file from Linux's <c>statx</c> (one layout on every architecture), which .NET does not expose.</summary>
internal static partial class FileTypes
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 0x1C;
    private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20, ELOOP = 40, ENAMETOOLONG = 36;

    public static FileType Of(string path, out string? problem)
    {
        problem = null;
        if (!OperatingSystem.IsLinux()) return FileType.Unknown;
        var buffer = new byte[256];
        int result;
        try
        {
            result = NativeMethods.Statx(AtFdCwd, path, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return FileType.Unknown;
        }

        if (result != 0)
        {
            problem = Marshal.GetLastPInvokeError() switch
            {
                ENOENT => "the file does not exist",
                EACCES => "permission denied (a folder on its path cannot be searched)",
                ENOTDIR => "the file does not exist (a part of its path is not a folder)",
                ELOOP => "its path has a loop of symbolic links",
                ENAMETOOLONG => "its name is too long",
                _ => null,
            };
            return FileType.Unknown;
        }

        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x1000 => FileType.Pipe,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Unknown,
        };
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the project; one call with a byte buffer does not.
        public static extern int Statx(int directory, string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}
