using Popsell.Client.Serialization;

namespace Popsell.Client.Tests.Serialization;

public class PooledBufferWriterTests
{
    [Fact]
    public void WritingPastTheFirstBuffer_KeepsEveryByteInOrder()
    {
        var writer = new PooledBufferWriter();
        var expected = Enumerable.Range(0, 10_000).Select(i => (byte)(i % 251)).ToArray();
        foreach (var chunk in expected.Chunk(333))
        {
            chunk.CopyTo(writer.GetSpan(chunk.Length));
            writer.Advance(chunk.Length);
        }

        writer.WrittenCount.Should().Be(expected.Length);
        var (buffer, length) = writer.Detach();

        length.Should().Be(expected.Length);
        buffer.AsSpan(0, length).ToArray().Should().Equal(expected);
        writer.WrittenCount.Should().Be(0);
    }

    [Fact]
    public void GetMemory_GivesAtLeastTheSizeAskedFor()
    {
        var writer = new PooledBufferWriter();

        writer.GetMemory(100_000).Length.Should().BeGreaterThanOrEqualTo(100_000);
        writer.GetMemory().Length.Should().BeGreaterThan(0);
        writer.Clear();
    }

    [Fact]
    public void Advance_PastWhatWasGiven_Throws()
    {
        var writer = new PooledBufferWriter();
        var given = writer.GetSpan(10).Length;

        writer.Invoking(w => w.Advance(given + 1)).Should().Throw<InvalidOperationException>().WithMessage("*past*");
        writer.Invoking(w => w.Advance(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Advance_ExactlyToTheEnd_IsAllowed_AndOneMoreIsNot()
    {
        var writer = new PooledBufferWriter();
        writer.GetSpan(100);
        writer.Advance(100);
        var rest = writer.GetSpan().Length;

        writer.Invoking(w => w.Advance(rest + 1)).Should().Throw<InvalidOperationException>();
        writer.Advance(rest);

        writer.WrittenCount.Should().Be(100 + rest);
        writer.Clear();
    }

    [Fact]
    public void GetMemory_WhenTheBufferHasRoom_KeepsTheSameArray()
    {
        var writer = new PooledBufferWriter();
        var first = writer.GetMemory(10);
        writer.Advance(10);

        var second = writer.GetMemory(first.Length - 10);

        System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(first, out var a).Should().BeTrue();
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(second, out var b).Should().BeTrue();
        b.Array.Should().BeSameAs(a.Array);
        writer.Clear();
    }

    [Fact]
    public void GetMemory_WhenTheBufferIsFull_GrowsToAboutTwice_KeepingTheBytes()
    {
        var writer = new PooledBufferWriter();
        var first = writer.GetSpan(1);
        var size = first.Length;
        first.Fill(7);
        writer.Advance(size);

        var grown = writer.GetMemory(1);

        (size + grown.Length).Should().BeInRange(2 * size, 4 * size);
        var (buffer, length) = writer.Detach();
        buffer.AsSpan(0, length).ToArray().Should().OnlyContain(b => b == 7).And.HaveCount(size);
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void Advance_BeforeAnyBuffer_Throws()
    {
        new PooledBufferWriter().Invoking(w => w.Advance(1)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Detach_WhenNothingWasWritten_GivesAPooledBufferAndLengthZero()
    {
        var (buffer, length) = new PooledBufferWriter().Detach();

        length.Should().Be(0);
        buffer.Should().NotBeNull();
        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void Clear_StartsEmptyAgain()
    {
        var writer = new PooledBufferWriter();
        writer.GetSpan(5)[0] = 42;
        writer.Advance(1);

        writer.Clear();

        writer.WrittenCount.Should().Be(0);
        writer.Detach().Length.Should().Be(0);
    }
}
