using System.Net;
using System.Net.Sockets;

namespace Truce.Log.Tests.Verification;

/// <summary>A minimal static-file HTTP server on 127.0.0.1 for verifying logs over HTTP in tests.</summary>
internal sealed class LoopbackStaticServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public LoopbackStaticServer(string root)
    {
        this.root = root;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Prefix = new Uri($"http://127.0.0.1:{port}/log/");
        listener.Prefixes.Add(Prefix.AbsoluteUri);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Prefix { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under the pending accept.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var relative = context.Request.Url!.AbsolutePath["/log/".Length..];
            var file = Path.GetFullPath(Path.Combine(root, relative));
            if (file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(file))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                context.Response.StatusCode = 200;
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }
}
