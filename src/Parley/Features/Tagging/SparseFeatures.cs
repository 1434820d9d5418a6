namespace Parley.Features.Tagging;

/// <summary>One text's non-zero features (indices ascending), as the featuriser produced them.</summary>
public readonly record struct SparseFeatures(int[] Indices, float[] Values)
{
    public float Dot(float[] weights)
    {
        var sum = 0f;
        for (var i = 0; i < Indices.Length; i++) sum += weights[Indices[i]] * Values[i];
        return sum;
    }
}
