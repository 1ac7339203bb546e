/** What `consent --help` prints, and what follows a usage mistake: every command with its options. */
export const USAGE = `Usage: consent <command> <file> [options]
       consent receipts <serve|export|prune> [options]

Commands:
  validate <file>                           check a container before it ships
  csp <file> [--nonce <nonce>]              print the Content-Security-Policy its vendors need
  cookies <file> [--format markdown|html] [--lang en|es]
                                            print the cookie tables for the policy page (default markdown,
                                            English)
  policy <file> --lang es|en [--format markdown|html]
                                            print the cookie section of the policy: categories, every cookie,
                                            the consent record, vendors and their links, GPC, how to withdraw
  build <file> --out <dir> [--base <path>]  compile the drop-in for this container: consent.<hash>.js with
                                            the container and only its vendors, its on-demand chunks, and
                                            the <script> tag to put in every page (files served from <path>,
                                            default /)
  edit <file> [--port <port>]               edit it in the browser: a local page on 127.0.0.1 for vendors,
                                            cookies and campaigns, checked as you type (default port: any
                                            free one); Ctrl+C stops it
  receipts serve|export|prune ...           proof of consent: receive, export or prune the receipts
                                            (consent receipts --help for its options)

Options:
  -h, --help                                show this help

Exit codes: 0 done, 1 the file is not a valid container (receipts: the database or network failed),
2 bad usage.
`;
