namespace Truce.Log.Merkle;

/// <summary>
/// RFC 9162 §2.1.3.2 and §2.1.4.2 proof verification. Never throws for malformed input: wrong hash
/// lengths, indices beyond the tree (up to 2^64−1) and proofs of the wrong length are reported as an
/// invalid <see cref="Verdict"/>.
/// </summary>
public static class ProofVerifier
{
    public static Verdict VerifyInclusion(ulong index, ulong size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]>? proof, ReadOnlySpan<byte> root)
    {
        proof ??= [];
        if (index >= size)
        {
            return Verdict.Invalid($"leaf index {index} is not below tree size {size}");
        }

        if (leafHash.Length != MerkleHash.Size || root.Length != MerkleHash.Size)
        {
            return Verdict.Invalid($"leaf hash and root must be {MerkleHash.Size} bytes (got {leafHash.Length} and {root.Length})");
        }

        var lengthProblem = CheckLengths(proof);
        if (lengthProblem is not null)
        {
            return Verdict.Invalid(lengthProblem);
        }

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return Verdict.Invalid($"inclusion proof has {proof.Count} hashes, more than the tree needs");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return Verdict.Invalid($"inclusion proof has {proof.Count} hashes, fewer than the tree needs");
        }

        return r.AsSpan().SequenceEqual(root)
            ? Verdict.Valid
            : Verdict.Invalid($"inclusion proof of leaf {index} does not lead to the root of tree size {size}");
    }

    public static Verdict VerifyConsistency(ulong oldSize, ulong newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]>? proof)
    {
        proof ??= [];
        if (oldSize > newSize)
        {
            return Verdict.Invalid($"old size {oldSize} is larger than new size {newSize}");
        }

        if (oldSize == 0)
        {
            return Verdict.Invalid("a consistency proof from size 0 is meaningless");
        }

        if (oldSize == newSize)
        {
            if (proof.Count != 0)
            {
                return Verdict.Invalid("a consistency proof between equal sizes must be empty");
            }

            return oldRoot.SequenceEqual(newRoot)
                ? Verdict.Valid
                : Verdict.Invalid($"same size {oldSize} with different roots: the histories differ");
        }

        if (oldRoot.Length != MerkleHash.Size || newRoot.Length != MerkleHash.Size)
        {
            return Verdict.Invalid($"roots must be {MerkleHash.Size} bytes (got {oldRoot.Length} and {newRoot.Length})");
        }

        if (proof.Count == 0)
        {
            return Verdict.Invalid("consistency proof is empty");
        }

        var lengthProblem = CheckLengths(proof);
        if (lengthProblem is not null)
        {
            return Verdict.Invalid(lengthProblem);
        }

        var path = new List<byte[]>(proof.Count + 1);
        if (System.Numerics.BitOperations.IsPow2(oldSize))
        {
            path.Add(oldRoot.ToArray());
        }

        path.AddRange(proof);
        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return Verdict.Invalid($"consistency proof has {proof.Count} hashes, more than the trees need");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return Verdict.Invalid($"consistency proof has {proof.Count} hashes, fewer than the trees need");
        }

        if (!fr.AsSpan().SequenceEqual(oldRoot))
        {
            return Verdict.Invalid($"consistency proof does not reproduce the root of size {oldSize}: the histories differ");
        }

        return sr.AsSpan().SequenceEqual(newRoot)
            ? Verdict.Valid
            : Verdict.Invalid($"consistency proof does not lead to the root of size {newSize}: the histories differ");
    }

    private static string? CheckLengths(IReadOnlyList<byte[]> proof)
    {
        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i] is null || proof[i].Length != MerkleHash.Size)
            {
                return $"proof hash {i} is {proof[i]?.Length ?? 0} bytes, not {MerkleHash.Size}";
            }
        }

        return null;
    }
}
