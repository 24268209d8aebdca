using ChatBot.Answers.Model;

namespace ChatBot.Llm.Tests.Fakes;

public static class Assertions
{
    /// <summary>Every quote is exactly the document text at its offsets.</summary>
    public static void QuotesAreStoredText(Answer answer)
    {
        Assert.NotEmpty(answer.Citations);
        foreach (var c in answer.Citations)
        {
            var document = TestCorpus.Documents[c.File];
            Assert.InRange(c.Start, 0, c.End);
            Assert.InRange(c.End, c.Start, document.Length);
            Assert.Equal(document[c.Start..c.End], c.Quote);
        }
    }
}
