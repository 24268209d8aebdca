namespace ChatBot.Web.Hosting;

/// <summary>Where a feature's routes are served: the public address (Web:Urls) or the management one (Web:ManagementUrls).</summary>
public enum WebScope
{
    Public,
    Management,
}

/// <summary>Endpoint metadata naming the scope a route belongs to.</summary>
internal sealed record WebScopeMetadata(WebScope Scope);
