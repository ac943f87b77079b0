namespace InclusionStandards.Loading;

/// <summary>Why <see cref="TextFile"/> gave no text.</summary>
public enum TextFileProblem
{
    /// <summary>The text was read.</summary>
    None,

    /// <summary>The path is empty or names nothing.</summary>
    Missing,

    /// <summary>The path names a directory, a FIFO, a device or a socket.</summary>
    NotAFile,

    /// <summary>More bytes than the limit.</summary>
    TooLarge,

    /// <summary>Not valid UTF-8 (or not valid in the declared encoding of a stream).</summary>
    NotUtf8,

    /// <summary>The operating system refused to read it (permissions, I/O error).</summary>
    Unreadable,
}
