using Truce.Claims.Text;

namespace Truce.Cli.Claims;

/// <summary>Reads an article named on the command line: a local path or a file:// address, within the size limit.</summary>
public static class ArticleFile
{
    /// <summary>The article's bytes and plain text, or null after writing why on <paramref name="error"/>.</summary>
    public static (byte[] Bytes, ArticleText Article)? Read(string file, string command, TextWriter error)
    {
        var path = file;
        if (path.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            path = new Uri(path).LocalPath;
        }
        else if (path.Contains("://", StringComparison.Ordinal))
        {
            error.WriteLine($"{command}: {path}: only local files and file:// addresses are read (hint: save the page first)");
            return null;
        }

        if (!File.Exists(path))
        {
            error.WriteLine($"{command}: {path}: no such file");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > ArticleReader.MaxBytes)
        {
            error.WriteLine($"{command}: {path}: file is {info.Length:N0} bytes, more than the {ArticleReader.MaxBytes:N0}-byte limit for one article");
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var read = ArticleReader.Read(bytes, path);
        if (read.Article is not { } article)
        {
            error.WriteLine($"{command}: {read.Problem}");
            return null;
        }

        if (article.Warning is not null)
        {
            error.WriteLine($"{command}: warning: {article.Warning}");
        }

        return (bytes, article);
    }

    /// <summary>The path a file:// address names, or the argument itself.</summary>
    public static string LocalPath(string file) =>
        file.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? new Uri(file).LocalPath : file;
}
