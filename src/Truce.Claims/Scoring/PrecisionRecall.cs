namespace Truce.Claims.Scoring;

/// <summary>Counts of correct, predicted and gold items, and the precision, recall and F1 they give.</summary>
public sealed record PrecisionRecall(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static PrecisionRecall Add(PrecisionRecall a, PrecisionRecall b) => a + b;
}
