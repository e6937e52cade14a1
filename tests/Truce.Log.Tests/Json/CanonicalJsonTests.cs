using System.Text;
using CsCheck;
using Truce.Log.Json;
using Xunit;

namespace Truce.Log.Tests.Json;

/// <summary>Expected values are RFC 8785's published examples (§3.2.2.3, §3.2.3, §3.2.4 and Appendix B).</summary>
public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("0000000000000000", "0")]
    [InlineData("8000000000000000", "0")]
    [InlineData("0000000000000001", "5e-324")]
    [InlineData("8000000000000001", "-5e-324")]
    [InlineData("7fefffffffffffff", "1.7976931348623157e+308")]
    [InlineData("ffefffffffffffff", "-1.7976931348623157e+308")]
    [InlineData("4340000000000000", "9007199254740992")]
    [InlineData("c340000000000000", "-9007199254740992")]
    [InlineData("4430000000000000", "295147905179352830000")]
    [InlineData("44b52d02c7e14af5", "9.999999999999997e+22")]
    [InlineData("44b52d02c7e14af6", "1e+23")]
    [InlineData("44b52d02c7e14af7", "1.0000000000000001e+23")]
    [InlineData("444b1ae4d6e2ef4e", "999999999999999700000")]
    [InlineData("444b1ae4d6e2ef4f", "999999999999999900000")]
    [InlineData("444b1ae4d6e2ef50", "1e+21")]
    [InlineData("3eb0c6f7a0b5ed8c", "9.999999999999997e-7")]
    [InlineData("3eb0c6f7a0b5ed8d", "0.000001")]
    [InlineData("41b3de4355555553", "333333333.3333332")]
    [InlineData("41b3de4355555554", "333333333.33333325")]
    [InlineData("41b3de4355555555", "333333333.3333333")]
    [InlineData("41b3de4355555556", "333333333.3333334")]
    [InlineData("41b3de4355555557", "333333333.33333343")]
    [InlineData("becbf647612f3696", "-0.0000033333333333333333")]
    [InlineData("43143ff3c1cb0959", "1424953923781206.2")]
    public void NumbersUseTheEcmaScriptForm(string ieeeHex, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(Convert.ToInt64(ieeeHex, 16));
        Assert.Equal(expected, CanonicalJson.FormatNumber(value));
    }

    [Fact]
    public void EveryFiniteNumberRoundTripsInTheEcmaScriptShapeForItsMagnitude()
    {
        // ECMAScript (RFC 8785 §3.2.2.3): plain decimal for 1e-6 <= |x| < 1e21, exponent form outside; shortest
        // digits, so the text parses back to the same double and a plain fraction never ends in 0.
        Gen.Double.Where(double.IsFinite).Sample(value =>
        {
            var text = CanonicalJson.FormatNumber(value);
            var magnitude = Math.Abs(value);
            var plain = value == 0 || (magnitude >= 1e-6 && magnitude < 1e21);
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == value
                && plain != text.Contains('e', StringComparison.Ordinal)
                && !text.Contains('E', StringComparison.Ordinal)
                && !(plain && text.Contains('.', StringComparison.Ordinal) && text.EndsWith('0'));
        });
    }

    [Fact]
    public void TheRfcExampleCanonicalisesToThePublishedBytes()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        Assert.Equal(expected, Encoding.UTF8.GetString(CanonicalJson.Canonicalize(input)));
    }

    [Fact]
    public void MembersAreSortedByUtf16CodeUnits()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;
        var output = Encoding.UTF8.GetString(CanonicalJson.Canonicalize(input));
        var order = new[] { "Carriage Return", "One", "Control", "Latin Small", "Euro Sign", "Emoji", "Hebrew" }
            .Select(v => output.IndexOf(v, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void DifferentSpellingsOfOneValueGiveTheSameBytes()
    {
        var a = CanonicalJson.Canonicalize("{ \"b\" : [1.0, 2e0], \"a\": \"\\u0041\" }");
        var b = CanonicalJson.Canonicalize("{\"a\":\"A\",\"b\":[1,2]}");
        Assert.Equal(a, b);
        Assert.Equal("{\"a\":\"A\",\"b\":[1,2]}", Encoding.UTF8.GetString(a));
    }

    [Fact]
    public void DuplicateMemberNamesAreRejected() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => CanonicalJson.Canonicalize("{\"a\":1,\"a\":2}"));
}
