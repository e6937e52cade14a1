using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Truce.Claims.Text;

/// <summary>
/// Extracts the readable text of a news page: drops scripts, styles, navigation, headers, footers
/// and asides, and keeps each paragraph-like block as one paragraph, separated by blank lines.
/// Broken HTML is parsed leniently, as browsers do.
/// </summary>
public static class HtmlArticle
{
    private static readonly string[] Boilerplate =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template", "figure"];

    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";

    public static string ExtractText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(", ", Boilerplate)).ToList())
        {
            element.Remove();
        }

        IElement? root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return "";
        }

        var paragraphs = new List<string>();
        var blocks = root.QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null).ToList();
        if (blocks.Count == 0)
        {
            foreach (var line in root.TextContent.Split('\n'))
            {
                AddParagraph(paragraphs, line);
            }
        }
        else
        {
            foreach (var block in blocks)
            {
                AddParagraph(paragraphs, block.TextContent);
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    private static void AddParagraph(List<string> paragraphs, string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (builder.Length > 0)
        {
            paragraphs.Add(builder.ToString());
        }
    }
}
