/** The part of mapshaper's Node API this project uses (the package ships no types). */
declare module "mapshaper" {
  const mapshaper: {
    /** Run a command string over in-memory input files; resolves to the output files by name. */
    applyCommands(commands: string, input: Record<string, string | Uint8Array>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
