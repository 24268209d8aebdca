using System.Text.RegularExpressions;
using ChatBot.Answers.Answering;
using ChatBot.Answers.Model;

namespace ChatBot.Answers.Conversations;

/// <summary>
/// What a follow-up takes from the turn before: topic words added to the question, sides added as they were (with the
/// documents they stood for), and the note that says so.
/// </summary>
public sealed record FollowUpReading(string Question, IReadOnlyList<AnswerSide> AddedSides, string Note);

/// <summary>
/// Reads a message in the light of the conversation's last turn, only where it needs it: another party or document on
/// the same topic ("en de PvdA?", "and the coalition?", "wat zegt vluchtelingenwerk daarover?"), another topic for the
/// same party ("en over detentie?", "what about their view on work permits?"), or a comparison with what came before
/// ("vergelijk dat met bij1", "how's that different from bij1's programme?"). A self-contained question inherits nothing.
/// </summary>
public static partial class FollowUp
{
    // A message that continues: "en …", "and …", "what about …", "hoe zit het met …", or a pronoun for the last sides.
    [GeneratedRegex(@"^\W*(en|and|ook|also|maar|but|what about|how about|hoe zit het|en wat|and what)\b|\b(zij|ze|hun|hen|they|them|their|theirs|die partij|that party|dat plan|that plan|dezelfde|the same)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Continues();

    // "that", "dat", "daar…": the last topic referred to.
    [GeneratedRegex(@"\b(dat|dit|that|this|daar\w*|there|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refers();

    [GeneratedRegex(@"^\W*(waarom|hoezo|why|how come)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    public static FollowUpReading? Read(string question, QuestionProfile profile, LastTurn last)
    {
        // A party no document speaks for or about ("en de PVV?") is answered as such, never with the last sides.
        if (profile.Kind == QuestionKind.Sources || profile.Refused || profile.AbsentParties.Count > 0
            || last.Topic.Count == 0 && last.Sides.Count == 0) return null;
        var topical = profile.TopicWords;
        var named = profile.Sides.Count > 0;
        var nl = profile.Language == Language.Nl;
        var topic = string.Join(' ', last.Topic);
        var sides = string.Join(nl ? " en " : " and ", last.Sides.Select(s => s.Name));

        // A comparison with what came before: the last sides join the new ones, on the last topic.
        if (profile.Kind == QuestionKind.Compare && named && !profile.AcrossSources && (topical.Count == 0 || Refers().IsMatch(question)) && last.Sides.Count > 0)
        {
            var added = last.Sides.Where(s => !profile.Sides.Any(n => n.Name == s.Name)).ToList();
            return new FollowUpReading($"{question} {topic}".Trim(), added,
                nl ? $"Vergeleken met je vorige vraag ({sides}{(topic.Length > 0 ? ", " + topic : "")})." : $"Compared with your last question ({sides}{(topic.Length > 0 ? ", " + topic : "")}).");
        }

        // Another side, same topic.
        if (named && topical.Count == 0 && topic.Length > 0)
        {
            return new FollowUpReading($"{question} {topic}", [], nl ? $"Over {topic}, zoals je vorige vraag:" : $"On {topic}, as in your last question:");
        }

        // The same sides and topic, asked again in other words: "waarom?", "why?", "is that still in their 2023
        // programme?", "stond dat ook in hun oude programma?". Names go in as words, so a described edition is read.
        if (!named && topical.Count == 0 && last.Sides.Count > 0 && (Why().IsMatch(question) || Refers().IsMatch(question) || Continues().IsMatch(question)))
        {
            var names = string.Join(' ', last.Sides.SelectMany(s => s.Who).Distinct());
            var why = Why().IsMatch(question);
            return new FollowUpReading($"{names} {question} {topic}".Trim(), [],
                why ? (nl ? $"Waarom — wat de bron zelf zegt over {topic} ({sides}):" : $"Why — what the source itself says on {topic} ({sides}):")
                    : nl ? $"Over {topic}, {sides}, zoals je vorige vraag:" : $"On {topic}, {sides}, as in your last question:");
        }

        // Another topic, same sides.
        if (!named && topical.Count > 0 && last.Sides.Count > 0 && Continues().IsMatch(question))
        {
            // Names go in as words too, so a described edition ("in hun oude programma") is read against them.
            var names = string.Join(' ', last.Sides.SelectMany(s => s.Who).Distinct());
            return new FollowUpReading($"{names} {question}", last.Sides, nl ? $"Over {sides}, zoals je vorige vraag:" : $"About {sides}, as in your last question:");
        }

        return null;
    }
}
