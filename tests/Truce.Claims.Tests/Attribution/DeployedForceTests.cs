namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A force or mission named with where it serves ("the UN peacekeeping force in Lebanon", "the OSCE mission in Moldova") speaks
/// under its name without the place, while a body whose full name holds the place ("United Nations Interim Force in Lebanon")
/// keeps it. Round 18 found the first dropped in tuning copy. Sentences written for the test.
/// </summary>
public sealed class DeployedForceTests
{
    [Theory]
    [InlineData("The UN peacekeeping force in Lebanon said soldiers shot at its troops on Sunday.", "UN peacekeeping force")]
    [InlineData("The OSCE mission in Moldova said soldiers shot at its troops on Sunday.", "OSCE mission")]
    [InlineData("The United Nations Interim Force in Lebanon said soldiers shot at its troops on Sunday.", "United Nations Interim Force in Lebanon")]
    [InlineData("UN peacekeepers said soldiers shot at its troops on Sunday.", "UN peacekeepers")]
    [InlineData("Israeli first responders said soldiers shot at its troops on Sunday.", "Israeli first responders")]
    public void AForceSpeaksUnderItsName(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }
}
