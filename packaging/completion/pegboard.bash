# bash completion for pegboard(1): commands, their actions and options, files and directories.
_pegboard()
{
    local cur prev words cword
    _init_completion || return

    local commands="demo db collect watch analyze generate feed-sim feeds bundle audit report"
    local command="" action="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        -*) ;;
        *)
            if [[ -z $command ]]; then
                case " $commands " in *" ${words[i]} "*) command=${words[i]} ;; esac
            elif [[ -z $action ]]; then
                action=${words[i]}
            fi
            ;;
        esac
    done

    case $prev in
    --spool | --data-dir)
        _filedir -d
        return
        ;;
    --config | --rules | --model | --truth | --cluster-members | --bundle | --checkpoint | --profile | -o)
        _filedir
        return
        ;;
    --scenario)
        COMPREPLY=($(compgen -W "calm depeg" -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "pegboard jsonrpc" -- "$cur"))
        return
        ;;
    --adapter)
        COMPREPLY=($(compgen -W "pegboard jsonrpc ticker" -- "$cur"))
        return
        ;;
    --db | --write-db | --listen | --feed | --chain-rpc | --from | --to | --end | --issues | --days | \
        --seed | --speed | --tick-ms | --duration | --count | --fallback | --timeout | --stale-after | \
        --oracle | --decimals | --product | --redact | --incident)
        return
        ;;
    esac

    local options
    case $command in
    "") options="--db --write-db --data-dir --feed --bundle --help --version" ;;
    demo) options="--help" ;;
    db) options="--db --help" ;;
    collect) options="--db --listen --spool --config --chain-rpc --help" ;;
    watch) options="--db --feed --rules --backtest --help" ;;
    analyze) options="--db --bundle --from --to --json --model --retrain --cluster-members --help" ;;
    generate) options="--db --issues --days --seed --truth --end --help" ;;
    feed-sim) options="--listen --scenario --speed --format --tick-ms --duration --help" ;;
    feeds) options="--adapter --count --fallback --timeout --stale-after --oracle --decimals --product --help" ;;
    bundle) options="--db --from --to --redact -o --help" ;;
    audit) options="--db --checkpoint -o --help" ;;
    report) options="--db --bundle --incident --from --to --profile --redact -o --help" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        return
    fi
    if [[ -z $action ]]; then
        case $command in
        db) COMPREPLY=($(compgen -W "migrate status" -- "$cur")) ;;
        feeds) COMPREPLY=($(compgen -W "probe" -- "$cur")) ;;
        bundle) COMPREPLY=($(compgen -W "export verify" -- "$cur")) ;;
        audit) COMPREPLY=($(compgen -W "checkpoint verify" -- "$cur")) ;;
        esac
        return
    fi
    [[ $command == bundle && $action == verify ]] && _filedir
}
complete -F _pegboard pegboard
