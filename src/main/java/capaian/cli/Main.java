package capaian.cli;

import java.util.Arrays;

public final class Main {
    public static void main(String[] args) {
        // Minimal dispatch for the web branch; the core's CLI commands are reconciled on merge.
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "serve" -> System.exit(capaian.web.ServeCommand.run(rest));
                case "user" -> System.exit(capaian.store.UserCommand.run(rest));
                default -> { }
            }
        }
        System.out.println("capaian");
    }
}
