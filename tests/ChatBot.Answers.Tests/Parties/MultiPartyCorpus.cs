using ChatBot.Answers.Answering;
using ChatBot.Answers.Corpus;
using ChatBot.Answers.Lexicon;
using ChatBot.Answers.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answers.Tests.Parties;

/// <summary>The seeds plus an extra folder with a news page about several parties, loaded through the real provider.</summary>
public sealed class MultiPartyCorpus : IDisposable
{
    // A news page in the shape of the ones users add: a date marker, list labels, sentence subjects, a carried "de partij".
    public const string Article =
        "date 2024-05 Wat willen de partijen met arbeidsmigratie? Een overzicht van de programma's.\n\n" +
        "De Partij voor de Dieren vindt dat arbeidsmigranten recht hebben op een eigen slaapkamer. Denk wil juist groepswoonlocaties bouwen voor seizoenswerkers.\n\n" +
        "Waar de partijen staan BBB: Asielaanvragen moeten zoveel mogelijk buiten Europa worden behandeld. Alleen mensen in gevaar krijgen asiel. " +
        "JA21: De partij wil een jaarlijks asielquotum. Daarnaast wil de partij het vluchtelingenverdrag herzien.\n\n" +
        "Tegen de spreidingswet stemden VVD, PVV en FvD.\n\n" +
        "Timmermans wil meer sociale huurwoningen voor statushouders.\n\n" +
        "Wat wil de SGP?\n\n" +
        "Gezinshereniging wordt beperkt tot het kerngezin. Nareizigers moeten eerst een inburgeringsexamen halen.\n\n" +
        "Klik hier om de standpunten te bekijken\n";

    private readonly TempCorpus _extra;

    public MultiPartyCorpus()
    {
        _extra = new TempCorpus().WithDocument("301_news.txt", Article).WithRawManifest("""
            {"documents": [{"file": "301_news.txt", "publisher": "Nieuwsbron", "party_aliases": ["nieuwsbron"],
              "title": "Wat willen de partijen met arbeidsmigratie", "title_inferred": true, "language": "nl",
              "date": "2024-05", "date_inferred": false, "kind": "news article (web page)", "url": null, "format": "web"}]}
            """);
        Provider = new CorpusProvider(Options.Create(new CorpusOptions { Folder = RepoPaths.Seeds, ExtraFolders = [_extra.Folder] }),
            new FixedHostEnvironment(Path.GetTempPath()), NullLogger<CorpusProvider>.Instance);
        Service = new ExtractiveAnswerService(Provider, Options.Create(new AnswersOptions()), NullLogger<ExtractiveAnswerService>.Instance);
    }

    public CorpusProvider Provider { get; }

    public ExtractiveAnswerService Service { get; }

    public CorpusSnapshot Snapshot => Provider.Current;

    public void Dispose()
    {
        Provider.Dispose();
        _extra.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class MultiPartyCollection : ICollectionFixture<MultiPartyCorpus>
{
    public const string Name = "Seeds with a multi-party article";
}
